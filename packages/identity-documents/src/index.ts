/**
 * @lifeline/identity-documents: pure validation of identity-document input (DOMAIN.md §5) and
 * masking for display (§4). No dependencies, no I/O; every parser returns an ok/error result.
 */
export { invalid, valid, type ValidationError, type ValidationResult } from './validation-result.types';
export {
  isCalendarDate,
  parseResidentIdNumber,
  residentIdCheckCharacter,
  type ParseResidentIdOptions,
  type ResidentIdErrorCode,
  type ResidentIdNumber,
} from './resident-id.validator';
export {
  checkMrzCheckDigit,
  mrzCheckDigit,
  parseTd3Mrz,
  type MrzErrorCode,
  type ParseMrzOptions,
  type Td3Mrz,
} from './mrz.validator';
export {
  parseChineseMobile,
  parseE164,
  type ChineseMobileErrorCode,
  type E164ErrorCode,
} from './phone-number.validator';
export { maskIdentifier, maskPhone } from './identifier-mask.formatter';
export { ISO_3166_ALPHA3_CODES, isIso3166Alpha3 } from './country-code.validator';
export { PERSON_NAME_MAX_LENGTH, parsePersonName, type PersonNameErrorCode } from './person-name.validator';
export {
  ICAO_ADDITIONAL_CODES,
  ICAO_NATIONALITY_CODES,
  isIcaoNationalityCode,
  nationalityName,
  sameNationality,
  type NationalityName,
} from './nationality-code.validator';
