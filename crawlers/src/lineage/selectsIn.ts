/**
 * Every SELECT in node-sql-parser's AST of a statement, however deep: CTE bodies, subqueries in
 * FROM and in expressions, UNION branches, the query of an INSERT or CREATE VIEW.
 */
import { isNode, type AstNode } from './astNodes.ts';

export function selectsIn(ast: unknown): AstNode[] {
  const selects: AstNode[] = [];
  // A stack rather than recursion: generated SQL nests expressions thousands deep. The AST holds
  // undefined fields, so an undefined popped is no sign that the stack is empty.
  const pending: unknown[] = [ast];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (isNode(node)) {
      if (node.type === 'select') selects.push(node);
      pending.push(...Object.values(node));
    }
  }
  return selects;
}
