"""Read a TEI ODD customisation into the few facts the schema derivation needs."""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from teikit.errors import SchemaBuildError
from teikit.odd.modules import CLASS_MODULES, ELEMENT_MODULE
from teikit.tei import TEI_NS

_T = f"{{{TEI_NS}}}"


@dataclass
class AttChange:
    """An ``attDef`` with ``mode="change"``: a closed value list and/or ``usage="req"``."""

    name: str
    values: list[str] | None = None  # closed valList, in order
    required: bool = False


@dataclass
class Customisation:
    """What an ODD's ``schemaSpec`` says, as far as teikit's derivation understands it."""

    ident: str
    start: list[str]
    elements: set[str]
    #: the modules the ODD loads (moduleRef/@key); module tei is always loaded
    modules: set[str] = field(default_factory=lambda: {"tei"})
    #: (moduleRef/@key, the elements its @include names), in document order
    includes: list[tuple[str, set[str]]] = field(default_factory=list)
    #: the classSpec idents, in document order
    class_specs: list[str] = field(default_factory=list)
    deleted_classes: set[str] = field(default_factory=set)
    #: class ident -> attribute names deleted from it
    deleted_class_atts: dict[str, set[str]] = field(default_factory=dict)
    #: element ident -> attribute names deleted from it (own or inherited)
    deleted_element_atts: dict[str, set[str]] = field(default_factory=dict)
    #: element ident -> attribute changes
    changed_element_atts: dict[str, list[AttChange]] = field(default_factory=dict)
    #: class ident -> attribute changes (closed value lists of class attributes)
    changed_class_atts: dict[str, list[AttChange]] = field(default_factory=dict)
    #: constraintSpec elements with scheme="schematron", in document order
    constraints: list[etree._Element] = field(default_factory=list)


def read_odd(tree: etree._ElementTree) -> Customisation:
    spec = tree.find(f".//{_T}schemaSpec")
    if spec is None:
        raise SchemaBuildError("the ODD has no schemaSpec")
    custom = Customisation(ident=spec.get("ident", ""), start=spec.get("start", "TEI").split(),
                           elements=_included_elements(spec))
    for module_ref in spec.iter(f"{_T}moduleRef"):
        custom.modules.add(module_ref.get("key"))
        custom.includes.append((module_ref.get("key"), set(module_ref.get("include", "").split())))
    for class_spec in spec.iter(f"{_T}classSpec"):
        _read_class_spec(class_spec, custom)
    for element_spec in spec.iter(f"{_T}elementSpec"):
        _read_element_spec(element_spec, custom)
    custom.constraints = [c for c in spec.iter(f"{_T}constraintSpec")
                          if c.get("scheme") == "schematron"]
    return custom


def _included_elements(spec: etree._Element) -> set[str]:
    names: set[str] = set()
    for module_ref in spec.iter(f"{_T}moduleRef"):
        names.update(module_ref.get("include", "").split())
    for element_spec in spec.iter(f"{_T}elementSpec"):
        if element_spec.get("mode") == "delete":
            names.discard(element_spec.get("ident"))
    return names


def unloaded_problems(custom: Customisation) -> list[str]:
    """What the TEI's odd2rng would refuse: names from modules the ODD does not load."""
    problems = []
    for module_ref_key, names in custom.includes:
        for name in sorted(names):
            module = ELEMENT_MODULE.get(name)
            if module is not None and module != module_ref_key:
                problems.append(f"moduleRef key=\"{module_ref_key}\" includes {name}, "
                                f"which module {module} defines")
    for ident in custom.class_specs:
        module = CLASS_MODULES.get(ident, "tei")
        if module not in custom.modules:
            problems.append(f"classSpec {ident} changes a class of module {module}, "
                            "which the ODD does not load (load it, or drop the classSpec)")
    return problems


def unloaded_classes(custom: Customisation) -> set[str]:
    """Attribute classes that are empty because their module is not loaded (as in odd2rng)."""
    return {ident for ident, module in CLASS_MODULES.items() if module not in custom.modules}


def _read_class_spec(class_spec: etree._Element, custom: Customisation) -> None:
    ident = class_spec.get("ident")
    custom.class_specs.append(ident)
    if class_spec.get("mode") == "delete":
        custom.deleted_classes.add(ident)
        return
    for att_def in class_spec.iter(f"{_T}attDef"):
        if att_def.get("mode") == "delete":
            custom.deleted_class_atts.setdefault(ident, set()).add(att_def.get("ident"))
        elif (change := _att_change(att_def)) is not None:
            custom.changed_class_atts.setdefault(ident, []).append(change)


def _att_change(att_def: etree._Element) -> AttChange | None:
    """A closed value list and/or usage="req" on an attDef; None when it changes neither."""
    val_list = att_def.find(f"{_T}valList")
    values = None
    if val_list is not None and val_list.get("type") == "closed":
        values = [item.get("ident") for item in val_list.iter(f"{_T}valItem")]
    required = att_def.get("usage") == "req"
    if values is None and not required:
        return None
    return AttChange(att_def.get("ident"), values, required)


def _read_element_spec(element_spec: etree._Element, custom: Customisation) -> None:
    ident = element_spec.get("ident")
    for att_def in element_spec.iter(f"{_T}attDef"):
        name = att_def.get("ident")
        if att_def.get("mode") == "delete":
            custom.deleted_element_atts.setdefault(ident, set()).add(name)
            continue
        val_list = att_def.find(f"{_T}valList")
        values = None
        if val_list is not None and val_list.get("type") == "closed":
            values = [item.get("ident") for item in val_list.iter(f"{_T}valItem")]
        custom.changed_element_atts.setdefault(ident, []).append(
            AttChange(name, values, att_def.get("usage") == "req"))
