// main/'s import graph has no loop: a loop means two rooms that cannot be
// understood (or tested) one without the other. Type-only imports are left out,
// since they vanish when the code is compiled.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const importPattern = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+['"](\.[^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'migrations') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(from), specifier));
  return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
}

function importGraph(folder: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(folder)) {
    const imports = [...readFileSync(file, 'utf8').matchAll(importPattern)]
      .filter((match) => !match[1])
      .map((match) => resolveImport(file, match[2] as string));
    graph.set(
      file,
      imports.filter((target): target is string => target !== undefined),
    );
  }
  return graph;
}

/** Each loop found by a depth-first walk, as the files around it. */
function findLoops(graph: Map<string, string[]>): string[][] {
  const loops: string[][] = [];
  const state = new Map<string, 'walking' | 'done'>();
  const path: string[] = [];
  const walk = (file: string) => {
    state.set(file, 'walking');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'walking') loops.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) walk(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) walk(file);
  return loops;
}

describe('the import graph of main/', () => {
  it('has no loop', () => {
    expect(findLoops(importGraph('main')).map((loop) => loop.join(' → '))).toEqual([]);
  });

  it('finds a loop when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findLoops(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
