// Verifies a sci4j SCI report's signature WITHOUT sci4j: the RFC 8785 canonical form in plain JavaScript
// (JSON.stringify writes numbers and strings exactly as RFC 8785 requires; Object.keys(...).sort() compares
// UTF-16 code units), the Ed25519 check with OpenSSL 3:
//
//   node verify-sci4j-report.js report.json            # writes canonical.bin and signature.bin
//   openssl pkeyutl -verify -pubin -inkey vendor.pub -rawin -in canonical.bin -sigfile signature.bin
//
// This checks integrity only; 'sci4j verify' also recomputes the score from the embedded measurements.
const fs = require('fs');
const canon = v => v === null || typeof v !== 'object' ? JSON.stringify(v)
  : Array.isArray(v) ? '[' + v.map(canon).join(',') + ']'
  : '{' + Object.keys(v).sort().map(k => JSON.stringify(k) + ':' + canon(v[k])).join(',') + '}';
const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
if (!report.signature) {
  console.error('the report is not signed');
  process.exit(1);
}
const signature = report.signature;
delete report.signature;
fs.writeFileSync('canonical.bin', canon(report), 'utf8');
fs.writeFileSync('signature.bin', Buffer.from(signature.value, 'base64'));
console.log('wrote canonical.bin and signature.bin; signed by key ' + signature.publicKeySha256);
