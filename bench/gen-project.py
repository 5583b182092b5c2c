#!/usr/bin/env python3
"""Writes a synthetic Armature project of N JPA entities, for bench/run.sh.

Usage: gen-project.py N OUT_DIR

Each entity has an id, a @Version and 8 or 9 persistent fields (strings, BigDecimal, Integer, boolean,
an enum, LocalDate, Instant), the usual JPA and Bean Validation annotations, @ApiResource and two
@Searchable fields. Every other entity has a @ManyToOne to the previous one, every fourth a second one;
every third has a @WriteOnly note, every fifth custom create/update surfaces, every seventh readRoles.
Private fields with JavaBean accessors, as most projects write them. Same N, same bytes.
"""
import os
import sys

NOUNS = ["Account", "Invoice", "Order", "Product", "Customer", "Shipment", "Warehouse", "Supplier",
         "Payment", "Ticket", "Contract", "Employee", "Project", "Task", "Vehicle", "Booking", "Course",
         "Patient", "Device", "Campaign"]

HEADER = """package bench.model;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.ReadOnly;
import dev.armature.annotations.Searchable;
import dev.armature.annotations.Surface;
import dev.armature.annotations.WriteOnly;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
"""


def class_name(i):
    return f"{NOUNS[i % len(NOUNS)]}{i}"


def entity(i):
    """Source of entity number i (1-based)."""
    name = class_name(i)
    # (annotations, type, field name)
    fields = [
        (["@Searchable", "@NotBlank", "@Size(max = 120)", "@Column(nullable = false, length = 120)"], "String", "name"),
        (["@Searchable", "@Size(max = 32)", "@Column(unique = true, length = 32)"], "String", "code"),
        (["@Min(0)", "@Column(precision = 12, scale = 2)"], "BigDecimal", "amount"),
        (["@Min(0)"], "Integer", "quantity"),
        ([], "boolean", "active"),
        (["@NotNull", "@Enumerated(EnumType.STRING)", "@Column(nullable = false, length = 16)"], "Status", "status"),
        ([], "LocalDate", "dueDate"),
        (["@ReadOnly", "@Column(nullable = false, updatable = false)"], "Instant", "createdAt"),
    ]
    if i % 3 == 0:
        fields.append((["@WriteOnly", "@Size(max = 500)", "@Column(length = 500)"], "String", "note"))
    if i % 2 == 0:
        fields.append((["@ManyToOne(fetch = FetchType.LAZY)"], class_name(i - 1), "parent"))
    if i % 4 == 0 and i >= 4:
        fields.append((["@ManyToOne(fetch = FetchType.LAZY)"], class_name(i // 2), "owner"))

    out = [HEADER, "@Entity"]
    roles = ', readRoles = {"AUDITOR"}' if i % 7 == 0 else ""
    out.append(f'@ApiResource(path = "{name.lower()}s"{roles})')
    if i % 5 == 0:
        writable = [f[2] for f in fields if "@ReadOnly" not in f[0]]
        create = ", ".join(f'"{n}"' for n in writable)
        update = ", ".join(f'"{n}"' for n in writable if n != "code")
        out.append(f"@Surface(name = \"create\", fields = {{{create}}})")
        out.append(f"@Surface(name = \"update\", fields = {{{update}}})")
    out.append(f"public class {name} {{")
    out.append("")
    out.append("  @Id")
    out.append("  @GeneratedValue(strategy = GenerationType.IDENTITY)")
    out.append("  private Long id;")
    out.append("")
    out.append("  @Version")
    out.append("  private Long version;")
    for annotations, type_, field in fields:
        out.append("")
        out.extend(f"  {a}" for a in annotations)
        out.append(f"  private {type_} {field};")
    out.append("")
    out.append("  @PrePersist")
    out.append("  void onCreate() {")
    out.append("    createdAt = Instant.now();")
    out.append("  }")
    for type_, field in [("Long", "id"), ("Long", "version")] + [(f[1], f[2]) for f in fields]:
        cap = field[0].upper() + field[1:]
        getter = ("is" if type_ == "boolean" else "get") + cap
        out.append("")
        out.append(f"  public {type_} {getter}() {{")
        out.append(f"    return {field};")
        out.append("  }")
        out.append("")
        out.append(f"  public void set{cap}({type_} {field}) {{")
        out.append(f"    this.{field} = {field};")
        out.append("  }")
    out.append("}")
    return "\n".join(out) + "\n"


STATUS = """package bench.model;

/** The life cycle shared by every synthetic entity. */
public enum Status {
  DRAFT,
  ACTIVE,
  SUSPENDED,
  CLOSED
}
"""


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen-project.py N OUT_DIR")
    count = int(sys.argv[1])
    package_dir = os.path.join(sys.argv[2], "src", "bench", "model")
    os.makedirs(package_dir, exist_ok=True)
    files = {"Status.java": STATUS}
    for i in range(1, count + 1):
        files[class_name(i) + ".java"] = entity(i)
    for file_name, text in files.items():
        with open(os.path.join(package_dir, file_name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
