import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

// Compared against when the username is unknown, so that an unknown name costs the same
// time as a wrong password and the two cannot be told apart.
export const DUMMY_HASH = "$2b$10$H5e7KkYaOEDH1QSlHv1VduRyxtZP2Dgji0.EiV6z8FS.BNHr/iFZm";
