import { describe, expect, it } from 'vitest';
import { DirectoryError } from './DirectoryError.ts';
import { parseDirectory } from './parseDirectory.ts';
import { SCIM_GROUP, SCIM_LIST_RESPONSE, SCIM_USER } from './readScimExport.ts';

type Files = Record<string, string>;
const filesOf = (files: Files) => Object.entries(files).map(([name, text]) => ({ name, text }));

const failure = (files: Files): DirectoryError => {
  try {
    parseDirectory(filesOf(files));
  } catch (error) {
    if (error instanceof DirectoryError) return error;
    throw error;
  }
  throw new Error('expected a DirectoryError');
};
const messageOf = (files: Files) => failure(files).message;

const user = (scimId: string, attributes: Record<string, unknown>) => ({ schemas: [SCIM_USER], id: scimId, ...attributes });
const group = (scimId: string, displayName: string, members: string[]) => ({ schemas: [SCIM_GROUP], id: scimId, displayName, members: members.map((value) => ({ value })) });
const listResponse = (...resources: unknown[]) => JSON.stringify({ schemas: [SCIM_LIST_RESPONSE], totalResults: resources.length, Resources: resources }, null, 2);

describe('parseDirectory', () => {
  describe("Polder's YAML", () => {
    it('reads teams, people and their memberships, with null for what a file leaves out', () => {
      const text = `teams:
  - { id: erp, name: ERP Team, email: erp@shop.example, description: Runs the ERP., domain: finance }
  - { id: data, name: Data Platform }
people:
  - { id: ana, displayName: Ana Lima, email: Ana@Shop.example, title: Data engineer, teams: [erp, data, erp] }
  - { id: bo, displayName: "  Bo Chen  " }
`;
      expect(parseDirectory(filesOf({ 'people.yaml': text }))).toEqual({
        teams: [
          { id: 'erp', name: 'ERP Team', email: 'erp@shop.example', description: 'Runs the ERP.', domain: 'finance' },
          { id: 'data', name: 'Data Platform', email: null, description: null, domain: null },
        ],
        people: [
          { id: 'ana', displayName: 'Ana Lima', email: 'Ana@Shop.example', title: 'Data engineer' },
          { id: 'bo', displayName: 'Bo Chen', email: null, title: null },
        ],
        memberships: [
          { person: 'ana', team: 'erp' },
          { person: 'ana', team: 'data' },
        ],
      });
    });

    it('reads the teams of one file and the people of another, a membership naming its team in any case', () => {
      const directory = parseDirectory(filesOf({ 'people.yaml': '{"people": [{"id": "ana", "displayName": "Ana", "teams": ["ERP"]}]}', 'teams.yml': 'teams: [{ id: erp, name: ERP }]' }));
      expect(directory.memberships).toEqual([{ person: 'ana', team: 'erp' }]);
      expect(directory.teams.map((team) => team.id)).toEqual(['erp']);
    });

    it('reads an empty directory from no files', () => {
      expect(parseDirectory([])).toEqual({ teams: [], people: [], memberships: [] });
    });

    it('reports every problem of every entry, each at its path', () => {
      const text = `teams:
  - { id: ERP, name: "", email: erp, domain: Finance, lead: ana }
  - name: Data
  - just a name
people:
  - { id: ana, displayName: 42, email: "ana@", teams: erp, password: hunter2 }
  - { id: "bo chen", displayName: Bo, teams: [7, ""] }
  - { displayName: Nobody, title: [a] }
poeple: []
`;
      expect(messageOf({ 'people.yaml': text })).toBe(`17 problems in 1 file:
  people.yaml: poeple: unknown key: a directory file has teams, people
  people.yaml: teams[0].lead: unknown key: a team has id, name, email, description, domain
  people.yaml: teams[0].id: "ERP" is not a valid id: lower-case letters, digits, ".", "_", "-" and "@", starting with a letter or a digit
  people.yaml: teams[0].name: must not be empty
  people.yaml: teams[0].email: "erp" is not an e-mail address
  people.yaml: teams[0].domain: "Finance" is not a domain id: lower-case letters, digits, "-" and "_"
  people.yaml: teams[1].id: is required
  people.yaml: teams[2]: must be a mapping
  people.yaml: people[0].password: unknown key: a person has id, displayName, email, teams, title
  people.yaml: people[0].displayName: must be a string
  people.yaml: people[0].email: "ana@" is not an e-mail address
  people.yaml: people[0].teams: must be a list
  people.yaml: people[1].id: "bo chen" is not a valid id: lower-case letters, digits, ".", "_", "-" and "@", starting with a letter or a digit
  people.yaml: people[1].teams[0]: must be a string
  people.yaml: people[1].teams[1]: must not be empty
  people.yaml: people[2].id: is required
  people.yaml: people[2].title: must be a string`);
    });

    it('refuses an id used twice, ignoring case, across files, naming both places', () => {
      const message = messageOf({
        'a.yaml': 'teams: [{ id: erp, name: ERP }, { id: erp, name: ERP again }]\npeople: [{ id: ana, displayName: Ana }]',
        'b.json': listResponse(user('u-1', { userName: 'ANA' })),
      });
      expect(message).toBe(`2 problems in 2 files:
  a.yaml: teams[1].id: "erp" is already used by teams[0]
  b.json: Resources[0].userName: "ana" is already used by a.yaml people[0]`);
    });

    it('refuses a membership of a team no file lists', () => {
      expect(messageOf({ 'people.yaml': 'teams: [{ id: erp, name: ERP }]\npeople: [{ id: ana, displayName: Ana, teams: [erp, finance] }]' })).toBe(`1 problem in 1 file:
  people.yaml: people[0].teams[1]: no team "finance" in the directory`);
    });

    it('still takes the id of a team with another problem, so that its members are not reported too', () => {
      expect(messageOf({ 'people.yaml': 'teams: [{ id: erp, name: ERP, email: nope }]\npeople: [{ id: ana, displayName: Ana, teams: [erp] }]' })).toBe(`1 problem in 1 file:
  people.yaml: teams[0].email: "nope" is not an e-mail address`);
    });

    it('refuses an empty file and a file that is no mapping', () => {
      expect(messageOf({ 'a.yaml': '', 'b.yaml': '- ana\n- bo\n' })).toBe(`2 problems in 2 files:
  a.yaml: is empty: a directory file lists teams and people
  b.yaml: must be a mapping with teams and people`);
    });

    it('reports YAML and JSON that do not parse, with line and column', () => {
      expect(messageOf({ 'a.yaml': 'people:\n  - id: ana\n    id: bo\n', 'b.json': '{\n  "Resources": [\n    {"id": "u-1",}\n  ]\n}' })).toBe(`2 problems in 2 files:
  a.yaml: not valid YAML: Map keys must be unique at line 3, column 5
  b.json: not valid JSON: expected a property name in double quotes at line 3, column 18`);
    });
  });

  describe('a SCIM 2.0 export', () => {
    const ana = user('2819c223', {
      userName: 'Ana.Lima@Shop.example',
      name: { formatted: 'Ms. Ana Lima', givenName: 'Ana', familyName: 'Lima' },
      displayName: 'Ana Lima',
      title: 'Data engineer',
      emails: [
        { value: 'ana@home.example', type: 'home' },
        { value: 'ana.lima@shop.example', type: 'work', primary: true },
      ],
      password: 't1meMa$heen',
      active: true,
    });
    const bo = user('u-bo', { userName: 'bo', name: { givenName: 'Bo', familyName: 'Chen' }, emails: [{ value: 'bo@shop.example' }] });
    const cy = user('u-cy', { userName: 'cy', name: { formatted: 'Cy Young' } });
    const gone = user('u-gone', { userName: 'gone', displayName: 'Gone Away', active: false });

    it('reads Users as people and Groups as teams, and their members, from a ListResponse', () => {
      const text = listResponse(ana, bo, cy, gone, group('g-1', 'ERP Team', ['2819c223', 'u-bo', 'u-gone']), group('g-2', 'Données & Co', ['u-cy', 'g-1']));
      expect(parseDirectory(filesOf({ 'okta.json': text }))).toEqual({
        teams: [
          { id: 'erp-team', name: 'ERP Team', email: null, description: null, domain: null },
          { id: 'donnees-co', name: 'Données & Co', email: null, description: null, domain: null },
        ],
        people: [
          { id: 'ana.lima@shop.example', displayName: 'Ana Lima', email: 'ana.lima@shop.example', title: 'Data engineer' },
          { id: 'bo', displayName: 'Bo Chen', email: 'bo@shop.example', title: null },
          { id: 'cy', displayName: 'Cy Young', email: null, title: null },
        ],
        memberships: [
          { person: 'ana.lima@shop.example', team: 'erp-team' },
          { person: 'bo', team: 'erp-team' },
          { person: 'cy', team: 'donnees-co' },
        ],
      });
    });

    it('reads a plain array of resources, a ListResponse of none, and Users and Groups in separate files', () => {
      const directory = parseDirectory(
        filesOf({
          'empty.json': JSON.stringify({ schemas: [SCIM_LIST_RESPONSE], totalResults: 0 }),
          'groups.json': JSON.stringify([{ ...group('g-1', 'ERP', []), members: [{ value: 'u-bo', type: 'User' }, { value: 'g-9', type: 'Group' }] }]),
          'users.json': JSON.stringify([bo]),
        }),
      );
      expect(directory.memberships).toEqual([{ person: 'bo', team: 'erp' }]);
    });

    it('keeps nothing it does not map: a password never leaves the file', () => {
      const directory = parseDirectory(filesOf({ 'okta.json': listResponse(ana) }));
      expect(JSON.stringify(directory)).not.toContain('t1meMa$heen');
      expect(directory.people).toEqual([{ id: 'ana.lima@shop.example', displayName: 'Ana Lima', email: 'ana.lima@shop.example', title: 'Data engineer' }]);
    });

    it('reports every problem of every resource, each at its path', () => {
      const text = listResponse(
        { schemas: ['urn:example:Device'], id: 'd-1' },
        { id: 'x-1' },
        user('u-1', { userName: 'ACME\\ana', emails: [{ value: 'ana', primary: 'yes' }], active: 'no' }),
        user('', { displayName: 7 }),
        group('g-1', '!!!', []),
        { ...group('g-2', 'ERP', []), members: [{ value: 'u-404' }, { type: 'User' }, 'u-1'] },
        user('u-1', { userName: 'bo' }),
        'a string',
      );
      expect(messageOf({ 'okta.json': text })).toBe(`15 problems in 1 file:
  okta.json: Resources[0].schemas: names neither a SCIM User (${SCIM_USER}) nor a Group (${SCIM_GROUP})
  okta.json: Resources[1].schemas: is required
  okta.json: Resources[2].userName: "ACME\\ana" is not a valid id once lower-cased: lower-case letters, digits, ".", "_", "-" and "@", starting with a letter or a digit
  okta.json: Resources[2].active: must be true or false
  okta.json: Resources[2].emails[0].primary: must be true or false
  okta.json: Resources[2].emails[0].value: "ana" is not an e-mail address
  okta.json: Resources[3].id: must not be empty
  okta.json: Resources[3].userName: is required
  okta.json: Resources[3].displayName: must be a string
  okta.json: Resources[4].displayName: "!!!" gives no team id: it needs a letter or a digit
  okta.json: Resources[5].members[1].value: is required
  okta.json: Resources[5].members[2]: must be a mapping
  okta.json: Resources[7]: must be a mapping
  okta.json: Resources[6].id: "u-1" is already used by Resources[2]
  okta.json: Resources[5].members[0].value: no User with id "u-404" in the directory`);
    });

    it('reads a file of another name as JSON, so SCIM, when it starts like JSON, else as YAML', () => {
      const directory = parseDirectory(filesOf({ export: `  ${JSON.stringify([bo])}`, 'teams.txt': 'teams: [{ id: erp, name: ERP }]' }));
      expect(directory.people.map((person) => person.id)).toEqual(['bo']);
      expect(directory.teams.map((team) => team.id)).toEqual(['erp']);
    });

    it('refuses a JSON mapping that is no ListResponse', () => {
      expect(messageOf({ 'okta.json': JSON.stringify({ schemas: [SCIM_USER], id: 'u-1', userName: 'ana' }) })).toBe(`1 problem in 1 file:
  okta.json: is neither a SCIM ListResponse (${SCIM_LIST_RESPONSE}, with Resources) nor a list of SCIM resources`);
    });
  });
});
