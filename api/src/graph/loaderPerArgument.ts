import type DataLoader from 'dataloader';

/**
 * One loader per argument value: the argument goes into the one query each loader sends per GraphQL level,
 * so a level asking for two page sizes sends two. Values are told apart by `keyOf` (by identity unless
 * given: an object argument wants a key of its parts).
 */
export function loaderPerArgument<Argument, Value>(
  create: (argument: Argument) => DataLoader<string, Value>,
  keyOf: (argument: Argument) => unknown = (argument) => argument,
): (argument: Argument) => DataLoader<string, Value> {
  const loaders = new Map<unknown, DataLoader<string, Value>>();
  return (argument) => {
    const key = keyOf(argument);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = create(argument)));
    return loader;
  };
}
