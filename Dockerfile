# Polder's images for docker-compose.yml: `api` (the GraphQL API, the search
# indexer, and the CLI, also used for the crawler worker) and `web` (the
# Next.js catalog). The full Debian image carries the compilers that
# better-sqlite3's native build needs.
FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.base.json turbo.json ./
COPY graph-schema/package.json graph-schema/
COPY runtime/package.json runtime/
COPY crawlers/package.json crawlers/
COPY api/package.json api/
COPY web/package.json web/
COPY cli/package.json cli/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund

FROM deps AS api
COPY graph-schema graph-schema
COPY runtime runtime
COPY crawlers crawlers
COPY api api
COPY cli cli
ENV NODE_ENV=production POLDER_LOG_LEVEL=info
USER node
EXPOSE 4000
CMD ["npx", "polder", "api"]

FROM deps AS web
COPY web web
RUN NEXT_TELEMETRY_DISABLED=1 npm run build -w @polder/web
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
USER node
EXPOSE 3000
WORKDIR /app/web
ENV POLDER_WEB_HOST=0.0.0.0
CMD ["node", "server.mjs"]
