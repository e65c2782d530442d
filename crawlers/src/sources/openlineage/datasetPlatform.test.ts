import { describe, expect, it } from 'vitest';
import { datasetPlatform } from './datasetPlatform.ts';

describe('datasetPlatform', () => {
  it('reads the scheme of the namespace', () => {
    expect(datasetPlatform('postgres://db.example.com:5432')).toEqual({ platform: 'postgres', subtype: 'TABLE' });
    expect(datasetPlatform('s3://blob-sink')).toEqual({ platform: 's3', subtype: 'FILE' });
    expect(datasetPlatform('kafka://broker:9092')).toEqual({ platform: 'kafka', subtype: 'TOPIC' });
  });

  it('falls back to openlineage tables for a namespace without a scheme', () => {
    expect(datasetPlatform('food_delivery')).toEqual({ platform: 'openlineage', subtype: 'TABLE' });
  });
});
