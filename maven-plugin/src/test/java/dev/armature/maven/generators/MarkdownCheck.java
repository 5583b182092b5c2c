package dev.armature.maven.generators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Checks a generated Markdown document the way a reader would meet it on GitHub, with commonmark-java
 * and its GFM tables: every code fence closed, every block of {@code |} lines parsed as a table whose
 * rows have the header's number of cells, every {@code #anchor} link landing on a heading (anchors made
 * as GitHub makes them, independently of the generator's own code), one title, no Velocity left over.
 */
final class MarkdownCheck {
  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private MarkdownCheck() {}

  /** What is wrong with the document; empty when nothing is. */
  static List<String> problems(String markdown) {
    List<String> problems = new ArrayList<>();
    List<List<String>> tables = new ArrayList<>();
    boolean inFence = false;
    List<String> table = null;
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("```")) {
        inFence = !inFence;
      }
      if (!inFence && line.startsWith("|")) {
        if (table == null) {
          table = new ArrayList<>();
          tables.add(table);
        }
        table.add(line);
      } else {
        table = null;
      }
      if (!inFence && (line.contains("#end") || line.contains("#foreach") || line.contains("${") || line.contains("#[["))) {
        problems.add("line " + (i + 1) + " holds Velocity: " + line);
      }
    }
    if (inFence) {
      problems.add("a code fence is not closed");
    }
    for (List<String> rows : tables) {
      int header = cells(rows.get(0));
      for (String row : rows) {
        if (cells(row) != header) {
          problems.add("table row has " + cells(row) + " cells, its header " + header + ": " + row);
        }
      }
    }
    Node document = PARSER.parse(markdown);
    Collector found = new Collector();
    document.accept(found);
    if (found.tables != tables.size()) {
      problems.add(tables.size() + " blocks of table rows, but " + found.tables + " parse as tables");
    }
    if (found.titles != 1) {
      problems.add("expected one # title, found " + found.titles);
    }
    for (String target : found.links) {
      if (target.startsWith("#") && !found.anchors.contains(target.substring(1))) {
        problems.add("link to " + target + ", which no heading has; anchors: " + found.anchors);
      }
    }
    return problems;
  }

  /** Cells of a row: {@code |} not escaped, minus the outer two. */
  private static int cells(String row) {
    int pipes = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\\') {
        i++;
      } else if (row.charAt(i) == '|') {
        pipes++;
      }
    }
    return pipes - 1;
  }

  private static final class Collector extends AbstractVisitor {
    final Set<String> anchors = new LinkedHashSet<>();
    final List<String> links = new ArrayList<>();
    final Map<String, Integer> seen = new HashMap<>();
    int tables;
    int titles;

    @Override
    public void visit(Heading heading) {
      titles += heading.getLevel() == 1 ? 1 : 0;
      StringBuilder text = new StringBuilder();
      for (Node n = heading.getFirstChild(); n != null; n = n.getNext()) {
        text.append(n instanceof Text t ? t.getLiteral() : n instanceof Code c ? c.getLiteral() : "");
      }
      String slug = text.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
      String unique = slug;
      for (int n = seen.merge(slug, 1, Integer::sum) - 1; n > 0 && anchors.contains(unique); n++) {
        unique = slug + "-" + n;
      }
      anchors.add(unique);
      visitChildren(heading);
    }

    @Override
    public void visit(Link link) {
      links.add(link.getDestination());
      visitChildren(link);
    }

    @Override
    public void visit(CustomBlock block) {
      tables += block instanceof TableBlock ? 1 : 0;
      visitChildren(block);
    }
  }
}
