export async function main(args: string[]): Promise<number> {
  console.log('sourcelight', args.join(' '));
  return 0;
}
