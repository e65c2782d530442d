/** The page sizes of `datasets`: plain numbers, for the operation cost too (which the web's tests load without type-graphql). */
export const MAX_DATASET_LIST_PAGE = 1000;
export const DEFAULT_DATASET_LIST_PAGE = 100;
