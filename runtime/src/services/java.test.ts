import { describe, expect, it } from 'vitest';
import { parseJavaMajorVersion } from './java.ts';

describe('parseJavaMajorVersion', () => {
  it('reads current version strings', () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajorVersion('java version "21" 2023-09-19 LTS')).toBe(21);
    expect(parseJavaMajorVersion('openjdk version "22-ea" 2024-03-19')).toBe(22);
  });

  it('reads the old 1.x scheme as its second number', () => {
    expect(parseJavaMajorVersion('java version "1.8.0_402"')).toBe(8);
  });

  it('is undefined for output it does not recognise', () => {
    expect(parseJavaMajorVersion('command not found')).toBeUndefined();
  });
});
