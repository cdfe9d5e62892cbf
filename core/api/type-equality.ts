/**
 * Compile-time checks between a declared wire type and what the code produces. `Equal` is true only
 * when the two types are identical (an added optional field, a widened union and a dropped field
 * all make it false); a constant typed `Equal<A, B>` assigned `true` fails to compile otherwise.
 */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
