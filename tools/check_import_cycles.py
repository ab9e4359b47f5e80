"""Fail when modules of a package import each other in a loop (run by .ci/run).

    python tools/check_import_cycles.py [package ...]     (default: tumorboard; CI: tumorboard ui)

Uses grimp, the import graph library import-linter is built on. Imports under
`if TYPE_CHECKING:` count too: a loop of annotations is still a knot in the design.
Prints each loop as a chain of modules and exits 1 if there is any."""

from __future__ import annotations

import sys

import grimp


def cycles(package: str) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    graph = grimp.build_graph(package)
    modules = sorted(graph.modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in modules:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
    return found


def main(argv: list[str]) -> int:
    packages = argv or ["tumorboard"]
    bad = 0
    for package in packages:
        for group in cycles(package):
            bad += 1
            print(f"import loop of {len(group)} modules in {package}: " + ", ".join(group))
    if bad:
        print(f"{bad} import loop(s): move the shared part into a module both can import.")
        return 1
    print(f"no import loops in {', '.join(packages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
