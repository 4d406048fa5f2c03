const OB3_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';

/**
 * Badge artwork of about `targetBytes` as illustration tools export it — gradients, groups and hundreds of
 * <path> elements with cubic curves — with the credential baked where bakers put it, as the first child of
 * <svg> in a CDATA section.
 */
export function artworkSvgWithBadge(targetBytes: number, credentialJson: string): { text: string; paths: number } {
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:openbadges="${OB3_NAMESPACE}" viewBox="0 0 600 600" width="600" height="600">`,
    `  <openbadges:credential><![CDATA[${credentialJson}]]></openbadges:credential>`,
    '  <title>Solutions Architect – Associate</title>',
    '  <defs>',
    '    <linearGradient id="rim" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#232f3e"/><stop offset="1" stop-color="#ff9900"/></linearGradient>',
    '    <radialGradient id="glow" cx="0.5" cy="0.4" r="0.6"><stop offset="0" stop-color="#ffffff" stop-opacity="0.6"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>',
    '  </defs>',
  ];
  const tail = ['  <circle cx="300" cy="300" r="290" fill="url(#glow)"/>', '</svg>', ''];
  const body: string[] = [];
  let size = [...head, ...tail].join('\n').length;
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) / 0x1000000;
  };
  const coord = (): string => (next() * 600).toFixed(2);
  let paths = 0;
  while (size < targetBytes) {
    if (paths % 40 === 0) {
      const group = paths === 0 ? '  <g transform="translate(0 0)">' : `  </g>\n  <g transform="rotate(${paths % 360} 300 300)">`;
      body.push(group);
      size += group.length + 1;
    }
    const segments = Array.from({ length: 3 }, () => `C${coord()} ${coord()} ${coord()} ${coord()} ${coord()} ${coord()}`).join(' ');
    const line = `    <path fill="#${Math.floor(next() * 0xffffff).toString(16).padStart(6, '0')}" fill-opacity="0.${Math.floor(next() * 9) + 1}" d="M${coord()} ${coord()} ${segments} Z"/>`;
    body.push(line);
    size += line.length + 1;
    paths++;
  }
  body.push('  </g>');
  return { text: [...head, ...body, ...tail].join('\n'), paths };
}
