// `npm run new:component` creates a component that type-checks and is registered everywhere the descriptor list
// says it must be. It runs into a copy of packages/elements (inside node_modules/.cache, so the copy finds the
// workspace's dependencies), never into the working tree.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script, without types
import { componentNames } from '../scripts/new-component.mjs';

const root = join(import.meta.dirname, '..');
const elements = join(root, 'packages/elements');
let copy = '';
let output = '';

beforeAll(() => {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  copy = mkdtempSync(join(root, 'node_modules/.cache/new-component-'));
  for (const folder of ['src', 'examples', 'test/support'])
    cpSync(join(elements, folder), join(copy, 'packages/elements', folder), { recursive: true });
  cpSync(join(elements, 'package.json'), join(copy, 'packages/elements/package.json'));
  symlinkSync(join(elements, 'node_modules'), join(copy, 'packages/elements/node_modules'));
  cpSync(join(root, 'tests/support'), join(copy, 'tests/support'), { recursive: true });
  cpSync(join(root, 'stories/support.ts'), join(copy, 'stories/support.ts'));
  output = execFileSync(
    process.execPath,
    [join(root, 'scripts/new-component.mjs'), 'notice-board', '--group', 'Feedback', '--root', copy],
    {
      encoding: 'utf8',
    },
  );
}, 30_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const read = (path: string): string => readFileSync(join(copy, path), 'utf8');

describe('npm run new:component', () => {
  it('writes the component’s own files and registers it in define, both entries and the descriptor list', () => {
    const dir = 'packages/elements/src/components/notice-board';
    for (const file of ['options', 'messages', 'template', 'attributes', 'server'])
      expect(output).toContain(`${dir}/notice-board.${file}.ts`);
    for (const path of [`${dir}/notice-board.ts`, 'packages/elements/examples/notice-board.examples.ts', 'stories/notice-board.stories.ts'])
      expect(output).toContain(path);
    expect(read('packages/elements/test/notice-board.browser.test.ts')).toContain('runExampleSuite(noticeBoard, noticeBoardExamples');
    expect(read('packages/elements/src/define.ts')).toMatch(/'civic-notice-board': CivicNoticeBoard,\n {2}\/\/ After the controls/);
    expect(read('packages/elements/src/define.ts')).toContain("'civic-notice-board': CivicNoticeBoard;");
    expect(read('packages/elements/src/index.ts')).toContain(
      "export { CivicNoticeBoard } from './components/notice-board/notice-board.js';",
    );
    expect(read('packages/elements/src/server.ts')).toContain(
      "export { renderNoticeBoard } from './components/notice-board/notice-board.server.js';",
    );
    expect(read('packages/elements/examples/components.ts')).toContain("name: 'notice-board',");
    expect(read('stories/notice-board.stories.ts')).toContain("title: 'Feedback/Notice board'");
  });

  it('creates code that type-checks with the package', () => {
    writeFileSync(
      join(copy, 'tsconfig.json'),
      JSON.stringify({
        extends: join(root, 'tsconfig.base.json'),
        compilerOptions: { paths: { '@civicbricks/elements': ['./packages/elements/src/index.ts'] } },
        include: ['packages/elements/src', 'packages/elements/examples', 'packages/elements/test', 'stories'],
      }),
    );
    // tsc exits non-zero, and execFileSync throws with its report, on any type error.
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(copy, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
  }, 120_000);

  it('refuses a name that is not lower-case words joined by hyphens, or one already taken', () => {
    expect(() => componentNames('NoticeBoard')).toThrow(/lower case words joined by hyphens/);
    expect(() =>
      execFileSync(process.execPath, [join(root, 'scripts/new-component.mjs'), 'notice-board', '--root', copy], { stdio: 'pipe' }),
    ).toThrow(/already exists/);
  });
});
