import { isRecord, list, str, type JsonRecord } from '../../util/json.ts';
import type { RecipientIdentity } from '../recipient.ts';
import { firstRecord } from './normalise-vc.ts';

/** OB 3.0 §IdentityObject: `identityHash` is the plain identity, or `alg$hex` when `hashed`. The subject's id counts too. */
export function recipientIdentities(credential: JsonRecord): RecipientIdentity[] {
  const subject = firstRecord(credential.credentialSubject);
  const identities: RecipientIdentity[] = list(subject?.identifier)
    .filter(isRecord)
    .flatMap((i) => {
      const identity = str(i.identityHash);
      return identity === undefined ? [] : [{ type: str(i.identityType), identity, hashed: i.hashed === true, salt: str(i.salt) }];
    });
  const id = str(subject?.id);
  if (id !== undefined) identities.push({ type: 'id', identity: id, hashed: false });
  return identities;
}
