import { createPrivateKey } from 'node:crypto';

/**
 * HCL `rsadecrypt(ciphertext, privatekey)` as buildx has it (hashicorp/go-cty-funcs crypto.RsaDecryptFunc, the
 * Terraform function): base64 (standard alphabet, padded) ciphertext, a PEM private key in PKCS#1 form, RSA
 * PKCS#1 v1.5 decryption. Error messages are go-cty-funcs' (and Go's where it passes them through).
 *
 * The RSA operation is done here with BigInt rather than crypto.privateDecrypt: Node 20 refuses RSA_PKCS1_PADDING
 * decryption (CVE-2023-46809, the Marvin attack) unless its OpenSSL does implicit rejection, and a function that
 * sometimes works depending on the runner's Node build is worse than a slow one. node:crypto still parses the key.
 * Timing side channels do not matter here: the key and ciphertext are both in the bake file being evaluated.
 */
export function rsaDecrypt(ciphertext: string, privateKey: string): string {
  // Go's base64.StdEncoding ignores \r and \n, and otherwise requires the standard alphabet with padding.
  const compact = ciphertext.replace(/[\r\n]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw new Error(`failed to decode input ${JSON.stringify(ciphertext)}: cipher text must be base64-encoded`);
  }
  const c = Buffer.from(compact, 'base64');

  const block = decodePem(privateKey);
  if (!block) throw new Error('failed to parse key: no key found');
  if (block.headers.get('Proc-Type') === '4,ENCRYPTED') {
    throw new Error(
      'failed to parse key: password protected keys are not supported. Please decrypt the key prior to use',
    );
  }
  let jwk: { n?: string; d?: string };
  try {
    // x509.ParsePKCS1PrivateKey: the block's bytes must be a PKCS#1 RSAPrivateKey, whatever the block's type says.
    jwk = createPrivateKey({ key: block.bytes, format: 'der', type: 'pkcs1' }).export({ format: 'jwk' });
  } catch {
    throw new Error('x509: failed to parse private key');
  }
  const n = bigintFrom(Buffer.from(jwk.n ?? '', 'base64url'));
  const d = bigintFrom(Buffer.from(jwk.d ?? '', 'base64url'));
  const k = (n.toString(16).length + 1) >> 1;

  const fail = () => new Error('crypto/rsa: decryption error');
  if (k < 11 || c.length > k) throw fail();
  const cInt = bigintFrom(c);
  if (cInt >= n) throw fail();
  const em = Buffer.from(
    modPow(cInt, d, n)
      .toString(16)
      .padStart(k * 2, '0'),
    'hex',
  );
  // EME-PKCS1-v1_5: 0x00 0x02, at least 8 non-zero padding bytes, 0x00, the message.
  if (em[0] !== 0 || em[1] !== 2) throw fail();
  const sep = em.indexOf(0, 2);
  if (sep < 10) throw fail();
  return em.subarray(sep + 1).toString('utf8');
}

interface PemBlock {
  type: string;
  headers: Map<string, string>;
  bytes: Buffer;
}

/** encoding/pem Decode: the first well-formed block, with its `Key: value` headers. */
function decodePem(text: string): PemBlock | undefined {
  const re = /-----BEGIN ([^\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const headers = new Map<string, string>();
    let body = m[2];
    const lines = body.split(/\r?\n/);
    let i = 0;
    for (; i < lines.length; i++) {
      const h = /^([^:\s][^:]*):\s*(.*)$/.exec(lines[i]);
      if (!h) break;
      headers.set(h[1], h[2].trim());
    }
    if (headers.size > 0) {
      // A blank line ends the headers.
      if (lines[i] !== '') continue;
      body = lines.slice(i + 1).join('\n');
    }
    const b64 = body.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) continue;
    return { type: m[1], headers, bytes: Buffer.from(b64, 'base64') };
  }
  return undefined;
}

function bigintFrom(b: Buffer): bigint {
  return b.length === 0 ? 0n : BigInt(`0x${b.toString('hex')}`);
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}
