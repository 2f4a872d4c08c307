/** A SHA-256 as the format writes it everywhere (pins, parents, catalogs): 64 lower-case hex digits. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;
