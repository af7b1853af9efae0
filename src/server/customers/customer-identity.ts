import { type IdType, parseIdNumber } from '../../domain/identity/id-document.js';
import { maskIdNumber, maskPhone } from '../../domain/identity/mask.js';
import { parseMobile } from '../../domain/identity/phone.js';
import type { IdentityCipher } from '../security/identity-cipher.js';

/** Validates identity and phone, then gives the columns that store them: ciphertext, blind index, masked copy. */
export function identityColumns(cipher: IdentityCipher, idType: IdType, rawId: string, rawPhone: string) {
  const idNumber = parseIdNumber(idType, rawId);
  const phone = parseMobile(rawPhone);
  return { ...idColumns(cipher, idNumber), ...phoneColumns(cipher, phone) };
}

export function idColumns(cipher: IdentityCipher, idNumber: string) {
  return {
    idNumberEnc: cipher.encrypt(idNumber),
    idNumberIndex: cipher.blindIndex('id', idNumber),
    idNumberMasked: maskIdNumber(idNumber),
  };
}

export function phoneColumns(cipher: IdentityCipher, phone: string) {
  return {
    phoneEnc: cipher.encrypt(phone),
    phoneIndex: cipher.blindIndex('phone', phone),
    phoneMasked: maskPhone(phone),
  };
}
