import 'reflect-metadata';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum Severity {
  INFO = 'INFO',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

registerEnumType(Severity, {
  name: 'Severity',
  description: 'How much breaking a policy matters, from INFO to CRITICAL.',
  valuesConfig: {
    INFO: { description: 'Worth knowing; nothing to fix urgently.' },
    LOW: { description: 'Fix when convenient.' },
    MEDIUM: { description: 'Fix soon.' },
    HIGH: { description: 'Fix before relying on the asset.' },
    CRITICAL: { description: 'A legal or safety risk: fix now.' },
  },
});

export enum FindingState {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

registerEnumType(FindingState, {
  name: 'FindingState',
  description: 'Whether the asset still breaks the policy.',
  valuesConfig: {
    OPEN: { description: 'It broke the policy at its latest evaluation.' },
    RESOLVED: { description: 'It meets the policy again (fixed, out of the policy\'s scope, or the policy was withdrawn).' },
  },
});

@ObjectType({
  description:
    "polder.yaml's policy set as it was last refused: the set in force is still the one before it (see `policies`), until a valid set is put in force.",
})
export class PolicySetRejection {
  @Field(() => Int, { description: 'How many problems the refused set has.' })
  problemCount!: number;

  @Field(() => [String], {
    description:
      'Every problem of the refused set, each naming its policy and where in polder.yaml it is: for those who write policies (the council, domain owners and admins, as `previewPolicies`), empty for others (a problem may quote a file path of the server).',
  })
  problems!: string[];

  @Field(() => String, { description: 'When it was refused (ISO 8601, UTC): when a Polder process started with it.' })
  rejectedAt!: string;
}

@ObjectType({ description: 'Which assets a policy applies to. Unset parts select everything.' })
export class PolicyTarget {
  @Field(() => String, { description: '`dataset`, `dataProduct` or `field`.' })
  type!: string;

  @Field(() => [String], { nullable: true, description: 'Domain ids; a domain pack\'s policies target their own domain.' })
  domains?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Data product ids or URNs.' })
  products?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these tags.' })
  tags?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these classifications (a column\'s; any column\'s for a dataset).' })
  classifications?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only output ports and their columns; false: only what is not one.' })
  outputPort?: boolean | null;

  @Field(() => String, { description: '`active`, `removed` or `any`: which assets by lifecycle.' })
  status!: string;
}

@ObjectType({ description: 'A higher severity a domain pack gave a global policy for its own assets.' })
export class RaisedSeverity {
  @Field(() => String, { description: 'The domain id.' })
  domain!: string;

  @Field(() => Severity, { description: 'The severity in that domain.' })
  severity!: Severity;
}

@ObjectType({ description: 'A governance policy in force: what it targets, what it requires, and why.' })
export class Policy {
  @Field(() => ID, { description: 'Stable identifier, `urn:polder:policy:<id>`.' })
  urn!: string;

  @Field(() => String, { description: 'The id given in polder.yaml.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'What it checks, in a sentence.' })
  description?: string | null;

  @Field(() => PolicyTarget, { description: 'Which assets it applies to.' })
  target!: PolicyTarget;

  @Field(() => [String], { description: 'What each targeted asset must meet, e.g. `owner`, `term: PII`, `minTrust: 60`.' })
  requirements!: string[];

  @Field(() => Severity, { description: 'Its severity (a domain pack may raise it for its domain, see `raisedIn`).' })
  severity!: Severity;

  @Field(() => String, { description: 'Why the mesh has this rule.' })
  rationale!: string;

  @Field(() => String, { nullable: true, description: 'The domain whose pack declares it; null for the global baseline.' })
  domain?: string | null;

  @Field(() => [RaisedSeverity], { description: 'The domains whose packs raised its severity.' })
  raisedIn!: RaisedSeverity[];

  @Field(() => Int, { description: 'How many assets break it now, of the findings you may see (see `Compliance`).' })
  openFindings!: number;
}

@ObjectType({ description: 'What a finding is based on.' })
export class FindingEvidence {
  @Field(() => String, { description: 'What the evidence is about: owners, description, term, status, product, trust, ...' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The asset, term or product it points at, when there is one.' })
  urn?: string | null;

  @Field(() => String, { description: 'What was observed.' })
  description!: string;
}

@ObjectType({ description: 'A place where an asset breaks a policy, with its evidence; resolved by itself once the asset meets the policy.' })
export class PolicyFinding {
  @Field(() => ID, { description: 'Stable identifier of this finding (a finding that opens again later is a new one).' })
  urn!: string;

  @Field(() => String, { description: 'The id of the policy broken.' })
  policyId!: string;

  @Field(() => ID, { description: 'The URN of the asset (dataset, column or data product) that breaks it.' })
  assetUrn!: string;

  @Field(() => String, { description: '`dataset`, `field` or `dataProduct`.' })
  assetType!: string;

  @Field(() => String, { nullable: true, description: 'The id of the asset\'s domain.' })
  domain?: string | null;

  @Field(() => Severity, { description: 'Its severity: the policy\'s, or the one the asset\'s domain raised it to.' })
  severity!: Severity;

  @Field(() => FindingState, { description: 'Whether it is still open.' })
  state!: FindingState;

  @Field(() => String, { description: 'What is wrong, e.g. `finance.public.invoice has no owner`.' })
  message!: string;

  @Field(() => [FindingEvidence], { description: 'What the finding is based on.' })
  evidence!: FindingEvidence[];

  @Field(() => String, { description: 'When it was first found (ISO 8601).' })
  openedAt!: string;

  @Field(() => String, { description: 'When it was last confirmed by an evaluation (ISO 8601).' })
  lastSeenAt!: string;

  @Field(() => String, { nullable: true, description: 'When it was resolved (ISO 8601); null while open.' })
  resolvedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'How it was resolved: `fixed` (the asset meets the policy or left its scope) or `policy withdrawn`.' })
  resolution?: string | null;
}

@ObjectType({ description: 'Open findings counted by severity.' })
export class SeverityCounts {
  @Field(() => Int, { description: 'CRITICAL findings.' })
  critical!: number;

  @Field(() => Int, { description: 'HIGH findings.' })
  high!: number;

  @Field(() => Int, { description: 'MEDIUM findings.' })
  medium!: number;

  @Field(() => Int, { description: 'LOW findings.' })
  low!: number;

  @Field(() => Int, { description: 'INFO findings.' })
  info!: number;

  @Field(() => Int, { description: 'All of them.' })
  total!: number;
}

@ObjectType({ description: 'How many findings were open at the end of a day (UTC).' })
export class ComplianceTrendPoint {
  @Field(() => String, { description: 'The day, YYYY-MM-DD.' })
  date!: string;

  @Field(() => Boolean, { description: 'False for a day that ended before the first policy that applies to the scope was put in force (for the mesh: any policy; for a domain or a product: one whose target names that domain, or no domain): nothing was checked, so its counts (0) say nothing.' })
  measured!: boolean;

  @Field(() => SeverityCounts, { description: 'Findings open at its end (for today: now), by severity.' })
  open!: SeverityCounts;
}

@ObjectType({
  description:
    'Policy compliance of the whole mesh, a domain or a data product, over the findings you may see: none about an asset hidden from you, and none of a policy that selects by classification about a restricted dataset whose classifications are masked for you (the finding would tell them).',
})
export class Compliance {
  /** Which findings count (governance.service.ts, ComplianceScope); its fields are resolved from it. */
  scope!: { domain?: string; dataProduct?: string };
}

@ObjectType({ description: 'A domain\'s policy compliance, for an overview of the mesh.' })
export class DomainCompliance {
  @Field(() => String, { description: 'The domain id.' })
  domain!: string;

  @Field(() => String, { description: 'The domain\'s display name.' })
  name!: string;

  @Field(() => SeverityCounts, { description: 'Open findings on its assets, by severity.' })
  openFindings!: SeverityCounts;
}

@InputType({ description: 'Whose compliance: the whole mesh (neither set), a domain, or a data product.' })
export class ComplianceInput {
  @Field(() => String, { nullable: true, description: 'A domain id, e.g. `finance`.' })
  domain?: string | null;

  @Field(() => ID, { nullable: true, description: 'A data product URN: its own findings and those of its output ports and their columns.' })
  dataProduct?: string | null;
}

@InputType({ description: 'A proposed governance section, as polder.yaml would hold it.' })
export class PreviewPoliciesInput {
  @Field(() => String, { description: 'YAML of a `governance:` section (its content: `policies`, `packs` with inline policies, `schedule`); at most 200 kB.' })
  yaml!: string;

  @Field(() => Int, { defaultValue: 200, description: 'How many findings to list (1–1000); the counts cover all of them.' })
  limit!: number;
}

@ObjectType({ description: 'A finding a proposed policy set would open.' })
export class PreviewFinding {
  @Field(() => String, { description: 'The policy id.' })
  policyId!: string;

  @Field(() => ID, { description: 'The asset that would break it.' })
  assetUrn!: string;

  @Field(() => Severity, { description: 'Its severity.' })
  severity!: Severity;

  @Field(() => String, { description: 'What is wrong.' })
  message!: string;
}

@ObjectType({ description: 'How many findings one proposed policy would open.' })
export class PolicyFindingCount {
  @Field(() => String, { description: 'The policy id.' })
  policyId!: string;

  @Field(() => Int, { description: 'Assets that would break it.' })
  findings!: number;
}

@ObjectType({ description: 'What a proposed policy set would find today: nothing is stored, the policies in force stay in force.' })
export class PolicyPreview {
  @Field(() => Boolean, { description: 'Whether the proposed set is valid; when it is not, `problems` says why and nothing was evaluated.' })
  valid!: boolean;

  @Field(() => [String], { description: 'Every problem of the proposed set, naming the policy and where.' })
  problems!: string[];

  @Field(() => SeverityCounts, { description: 'The findings it would open, by severity.' })
  counts!: SeverityCounts;

  @Field(() => [PolicyFindingCount], { description: 'The findings it would open, per policy (every policy of the set, 0 included).' })
  byPolicy!: PolicyFindingCount[];

  @Field(() => [PreviewFinding], { description: 'The findings, most severe first, up to `limit`.' })
  findings!: PreviewFinding[];
}
