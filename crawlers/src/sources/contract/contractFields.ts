/**
 * The fields of a schema object: its properties, and the properties nested in
 * them (the fields of an `object` property, or of the objects an `array`
 * property holds), named by their path as BigQuery names nested columns:
 *
 *   properties: [{ name: address, logicalType: object, properties: [{ name: street }] },
 *                { name: lines, logicalType: array, items: { logicalType: object, properties: [{ name: zip }] } }]
 *   → address, address.street, lines, lines.zip
 *
 * Each field keeps the JSON pointer of its property, for messages.
 */
import type { OdcsObject, OdcsProperty } from './OdcsContract.ts';

export interface ContractField {
  name: string;
  property: OdcsProperty;
  pointer: string;
}

export function contractFields(object: OdcsObject, objectPointer: string): ContractField[] {
  const fields: ContractField[] = [];
  const visit = (properties: OdcsProperty[] | undefined, pointer: string, prefix: string): void => {
    (properties ?? []).forEach((property, index) => {
      const at = `${pointer}/${index}`;
      const name = `${prefix}${property.name}`;
      fields.push({ name, property, pointer: at });
      visit(property.properties, `${at}/properties`, `${name}.`);
      visit(property.items?.properties, `${at}/items/properties`, `${name}.`);
    });
  };
  visit(object.properties, `${objectPointer}/properties`, '');
  return fields;
}
