import { describe, expect, it } from 'vitest';
import { tablesReadByView } from './tablesReadByView.ts';

describe('tablesReadByView', () => {
  it("reads MariaDB's stored form of a view, nested joins and a correlated subquery included, outer query first", () => {
    const definition =
      'select `a`.`actor_id` AS `actor_id`,(select count(0) from (`sakila`.`film_actor` `fa` join `sakila`.`film` `f` on(`fa`.`film_id` = `f`.`film_id`)) ' +
      'where `fa`.`actor_id` = `a`.`actor_id`) AS `films` from ((`sakila`.`actor` `a` left join `sakila`.`film_actor` `fa` on(`a`.`actor_id` = `fa`.`actor_id`)) ' +
      'left join `sakila`.`film_actor` `fa2` on(`fa`.`film_id` = `fa2`.`film_id`))';
    expect(tablesReadByView(definition, 'mariadb')).toEqual({
      kind: 'tables',
      tables: [
        { schema: 'sakila', name: 'actor' },
        { schema: 'sakila', name: 'film_actor' },
        { schema: 'sakila', name: 'film' },
      ],
    });
  });

  it('does not parse SQL over 200,000 characters, saying why', () => {
    const columns = Array.from({ length: 30_000 }, (_, index) => `c${index}`).join(', ');
    const sql = `select ${columns} from sakila.film`;
    expect(sql.length).toBe(228_912);
    expect(tablesReadByView(sql, 'mysql')).toEqual({
      kind: 'unparseable',
      reason: 'the SQL is 228,912 characters long, over the 200,000 that are parsed, so that one view or model cannot stall the crawl',
    });
  });

  it("reads a SQLite CREATE VIEW statement, with tables named without a schema, and not the WITH clause's names", () => {
    const statement = 'CREATE VIEW recent AS WITH last AS (SELECT * FROM rental) SELECT * FROM last JOIN main.customer c ON c.id = last.customer_id';
    expect(tablesReadByView(statement, 'sqlite')).toEqual({
      kind: 'tables',
      tables: [
        { schema: 'main', name: 'customer' },
        { schema: null, name: 'rental' },
      ],
    });
  });

  it('finds the tables of a join nested on the right, which the parser leaves out of its own table list', () => {
    const definition = 'select 1 AS `one` from (`s`.`a` join (`s`.`b` join `s`.`c` on(`c`.`x` = `b`.`x`)) on(`b`.`x` = `a`.`x`))';
    expect(tablesReadByView(definition, 'mariadb')).toEqual({
      kind: 'tables',
      tables: [
        { schema: 's', name: 'a' },
        { schema: 's', name: 'b' },
        { schema: 's', name: 'c' },
      ],
    });
  });

  it("reads MySQL's stored form of a view with charset introducers (_utf8mb4' ')", () => {
    const definition = "select concat(`cu`.`first_name`,_utf8mb4' ',`cu`.`last_name`) AS `name` from `sakila`.`customer` `cu`";
    expect(tablesReadByView(definition, 'mysql')).toEqual({ kind: 'tables', tables: [{ schema: 'sakila', name: 'customer' }] });
  });

  it('says where SQL it cannot read stopped it, without listing what it expected', () => {
    expect(tablesReadByView('select * from rental where', 'mariadb')).toEqual({ kind: 'unparseable', reason: 'unexpected end of the SQL at line 1, column 27' });
    expect(tablesReadByView('CREATE VIEW v AS SELECT * FROM [odd table]', 'sqlite')).toEqual({ kind: 'unparseable', reason: 'unexpected "[" at line 1, column 32' });
    // MariaDB stores CAST(x AS CHAR) with a character set the parser does not expect there.
    expect(tablesReadByView('select cast(`s`.`t`.`n` as char charset utf8mb3) AS `n`\nfrom `s`.`t`', 'mariadb')).toEqual({
      kind: 'unparseable',
      reason: 'unexpected "charset" at line 1, column 33',
    });
  });
});
