/**
 * One managed transaction in a session of its own: the driver retries `work` on transient errors
 * (deadlocks, leader switches), so it must do nothing outside the transaction that a retry would
 * repeat; the session is closed whatever happens. A single statement needs none of this:
 * `driver.executeQuery` runs it.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

export async function inWriteTransaction<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

export async function inReadTransaction<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work);
  } finally {
    await session.close();
  }
}
