"""The code stays readable in one sitting and the two apps depend on each other one way only.

Rules (issue 8): no Python module outside migrations longer than MAX_MODULE_LINES; no function
longer than MAX_FUNCTION_LINES unless it is a declarative data table; contacts/models.py
imports nothing from trips; no import cycle runs through modules of more than one app.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
SKIPPED_DIRS = {"migrations", "node_modules", "__pycache__"}
APPS = ("contacts", "trips", "sme2go")

# Functions allowed past MAX_FUNCTION_LINES because they are declarative data tables (a list of
# rows, not steps), as "path.py::qualified.name". Keep it empty if at all possible.
DATA_TABLES = frozenset()

# TEMPORARY. The offenders on main when these rules were written, which other issue-8 branches
# are splitting right now (trips/demo.py, contacts/importing/planner.py, merge_people and the
# large test fixtures). Delete each entry when its split is merged; the list must end up empty.
# An entry that no longer offends fails the test below, so the list cannot go stale.
KNOWN_OFFENDERS_BEING_SPLIT = frozenset()


def python_modules():
    """Every Python file of the project (not the virtualenv, hidden folders or migrations)."""
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if any(p.startswith(".") or p in SKIPPED_DIRS for p in parts[:-1]):
            continue
        yield path


def relative(path):
    return path.relative_to(ROOT).as_posix()


def functions(tree, prefix=""):
    """(qualified name, number of lines from `def` to its last line) of every function."""
    for node in ast.iter_child_nodes(tree):
        name = f"{prefix}{getattr(node, 'name', '')}"
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield name, node.end_lineno - node.lineno + 1
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            yield from functions(node, prefix=f"{name}.")
        else:
            yield from functions(node, prefix=prefix)


def offenders():
    """Every module or function over its limit, with its length."""
    found = {}
    for path in python_modules():
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            found[relative(path)] = lines
        for name, length in functions(ast.parse(text)):
            key = f"{relative(path)}::{name}"
            if length > MAX_FUNCTION_LINES and key not in DATA_TABLES:
                found[key] = length
    return found


def test_modules_and_functions_stay_short():
    new = {k: n for k, n in offenders().items() if k not in KNOWN_OFFENDERS_BEING_SPLIT}
    assert not new, (
        f"Split these (modules over {MAX_MODULE_LINES} lines, functions over "
        f"{MAX_FUNCTION_LINES}): {new}"
    )


def test_the_temporary_allow_list_holds_only_real_offenders():
    fixed = KNOWN_OFFENDERS_BEING_SPLIT - offenders().keys()
    assert not fixed, f"Now short enough: remove from KNOWN_OFFENDERS_BEING_SPLIT: {sorted(fixed)}"


def names_trips(node):
    """Does this import statement or string (a lazy model reference) name the trips app?"""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        names = [node.module or ""] if node.level == 0 else []
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        names = [node.value]
    else:
        return False
    return any(name == "trips" or name.startswith("trips.") for name in names)


def test_contacts_models_import_nothing_from_trips():
    tree = ast.parse((ROOT / "contacts" / "models.py").read_text(encoding="utf-8"))
    found = [node.lineno for node in ast.walk(tree) if names_trips(node)]
    assert not found, f"contacts/models.py names trips on lines {found}"


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def resolve(package, level, module):
    """The absolute name of `from <level dots><module> import ...` written in `package`."""
    if not level:
        return module
    parts = package.split(".")[: len(package.split(".")) - level + 1]
    return ".".join([*parts, module] if module else parts)


def imported_modules(path, name, known):
    """The project modules a module imports (anywhere in it, functions included), with the
    packages they sit in, whose __init__ runs first."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = resolve(package, node.level, node.module)
            targets.add(module)
            targets.update(f"{module}.{alias.name}" for alias in node.names)
    with_parents = {".".join(t.split(".")[:i]) for t in targets for i in range(1, t.count(".") + 2)}
    return {t for t in with_parents if t in known and t != name}


def import_graph():
    paths = {
        module_name(p): p
        for p in python_modules()
        if p.relative_to(ROOT).parts[0] in APPS and module_name(p)
    }
    return {name: imported_modules(path, name, paths) for name, path in paths.items()}


def strongly_connected(graph):
    """Tarjan's algorithm: the groups of modules that import each other, directly or not."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while node not in group:
                group.add(stack.pop())
            on_stack.difference_update(group)
            groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_import_cycle_between_the_apps():
    graph = import_graph()
    # The graph sees imports across apps (trips builds on contacts), or the check proves nothing.
    assert any("contacts.models" in graph[name] for name in graph if name.startswith("trips."))
    crossing = [
        sorted(group)
        for group in strongly_connected(graph)
        if len({name.split(".")[0] for name in group}) > 1
    ]
    assert not crossing, f"These modules of different apps import each other: {crossing}"
