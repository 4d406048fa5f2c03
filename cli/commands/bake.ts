import { PNG } from 'pngjs';
import { BadgeLensError, bakePng, bakeSvg, isBadgeKind, kindOfPayload, unbake, type BadgeKind } from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import { EXIT_FAILED, EXIT_OK, readFailure, UsageError, type CliIo } from '../io.ts';

export const BAKE_HELP = `Usage: badge-lens bake IMAGE PAYLOAD_FILE -o OUT [--kind assertion|credential|clr]

Bakes the badge in PAYLOAD_FILE (JSON, a compact JWS or VC-JWT, or an assertion URL) into a PNG or
SVG image and writes the result to OUT. A badge already in the image is replaced.

Options:
  -o, --output OUT  where to write the baked image (required)
  --kind KIND       assertion (OB 0.5–2.0), credential (OB 3.0) or clr (CLR 2.0);
                    by default read from the payload
  -h, --help        show this help

Exit status: 0 when the image was baked, 1 when it could not be, 2 for usage errors.
`;

export async function bakeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('bake', args, {
    output: { type: 'string', short: 'o' },
    kind: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(BAKE_HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 2) throw new UsageError('bake: give exactly an IMAGE and a PAYLOAD_FILE.');
  if (!values.output) throw new UsageError('bake: say where to write the baked image with -o OUT.');
  if (values.kind !== undefined && !isBadgeKind(values.kind)) {
    throw new UsageError(`bake: --kind must be assertion, credential or clr, not '${values.kind}'.`);
  }
  const [imagePath, payloadPath] = positionals as [string, string];

  const image = await read(io, imagePath);
  const payloadBytes = await read(io, payloadPath);
  if (image === undefined || payloadBytes === undefined) return EXIT_FAILED;
  let payload: string;
  try {
    payload = new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes);
  } catch {
    io.stderr(`badge-lens: ${payloadPath} is not UTF-8 text.\n`);
    return EXIT_FAILED;
  }
  const kind: BadgeKind = values.kind ?? kindOfPayload(payload);

  let baked: Uint8Array;
  try {
    baked = bakeImage(image, payload, kind);
  } catch (error) {
    if (!(error instanceof BadgeLensError)) throw error;
    io.stderr(`badge-lens: cannot bake ${imagePath}: ${error.message}\n`);
    return EXIT_FAILED;
  }
  const replaced = unbake(image).found;
  await io.writeFile(values.output, baked);
  io.stdout(`Baked ${article(kind)} ${kind} into ${values.output}${replaced ? ', replacing the badge it held' : ''}.\n`);
  return EXIT_OK;
}

function bakeImage(image: Uint8Array, payload: string, kind: BadgeKind): Uint8Array {
  const sniffed = unbake(image);
  if (sniffed.format === 'png') {
    const baked = bakePng(image, payload, kind);
    assertDecodes(baked);
    return baked;
  }
  if (sniffed.format === 'svg') {
    return new TextEncoder().encode(bakeSvg(new TextDecoder().decode(image), payload, kind));
  }
  throw new BadgeLensError('invalid-image', 'it is not a PNG or SVG image.');
}

/** Baking never touches pixels, but a damaged image should not come out looking like a good badge. */
function assertDecodes(png: Uint8Array): void {
  try {
    PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  } catch (error) {
    throw new BadgeLensError('invalid-image', `its image data cannot be decoded (${(error as Error).message}).`, { cause: error });
  }
}

async function read(io: CliIo, path: string): Promise<Uint8Array | undefined> {
  try {
    return await io.readFile(path);
  } catch (error) {
    io.stderr(`badge-lens: cannot read ${path}: ${readFailure(error)}.\n`);
    return undefined;
  }
}

function article(kind: BadgeKind): string {
  return kind === 'assertion' ? 'an' : 'a';
}
