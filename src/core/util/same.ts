/** True when two types are the same (each assignable to the other): schemas are checked against their types with it. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
