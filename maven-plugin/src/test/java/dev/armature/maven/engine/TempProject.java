package dev.armature.maven.engine;

import dev.armature.maven.ir.IrRequest;
import dev.armature.maven.testing.SampleModels;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A Maven project in a temp folder for end-to-end runs of the goals: sources under {@code src/main/java},
 * output into the project folder, {@code target/armature} as the plugin's work folder, the test class path
 * (armature-annotations, JPA) as compile class path, the test class loader as the plugin's.
 */
final class TempProject {
  static final String AUTHOR = """
      package com.example.shop;

      import dev.armature.annotations.ApiResource;
      import jakarta.persistence.*;

      @Entity
      @ApiResource
      public class Author {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false) public String name;
      }
      """;

  static final String BOOK = """
      package com.example.shop;

      import dev.armature.annotations.ApiResource;
      import dev.armature.annotations.Surface;
      import jakarta.persistence.*;

      @Entity
      @ApiResource(path = "books")
      @Surface(name = "create", fields = {"title", "author"})
      public class Book {
        @Id @GeneratedValue public Long id;
        @Version public Long version;
        public String title;
        @ManyToOne(optional = false) public Author author;
      }
      """;

  final Path dir;

  TempProject(Path dir) {
    this.dir = dir;
  }

  /**
   * The two entities, in a project with Spring Security (a stand-in for its {@code HttpSecurity}, the type
   * the processor looks for; the test class path has no Spring Security).
   */
  TempProject withShop() throws IOException {
    source("com/example/shop/Author.java", AUTHOR);
    source("com/example/shop/Book.java", BOOK);
    source("org/springframework/security/config/annotation/web/builders/HttpSecurity.java",
        "package org.springframework.security.config.annotation.web.builders;\npublic final class HttpSecurity {}\n");
    return this;
  }

  void source(String path, String content) throws IOException {
    Path file = dir.resolve("src/main/java").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  RunRequest request() throws SettingsException {
    return request((String) null);
  }

  RunRequest request(String profile) throws SettingsException {
    return request(PluginSettings.check(profile, null, dir, null, null, null, null, null, null, true));
  }

  RunRequest request(PluginSettings settings) {
    List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of).toList();
    IrRequest ir = new IrRequest(List.of(dir.resolve("src/main/java")),
        List.of(dir.resolve("target/generated-sources/annotations")), classpath, Map.of(), "UTF-8",
        dir.resolve("target/armature/ir"));
    return new RunRequest(SampleModels.project(dir), settings, ir, dir.resolve("target/armature"), "0.1.0-TEST",
        getClass().getClassLoader());
  }

  String read(String path) throws IOException {
    return Files.readString(dir.resolve(path));
  }

  /** Every file of the project (sources, outputs, target/) with its bytes and time. */
  Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)) + " @ "
            + Files.getLastModifiedTime(p).toMillis());
      }
    }
    return files;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sets every file's time to one long ago, so a file written again (even with the same bytes) shows in
   * {@link #snapshot()}.
   */
  void age() throws IOException {
    FileTime old = FileTime.fromMillis(946_684_800_000L); // 2000-01-01
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(p -> {
        try {
          Files.setLastModifiedTime(p, old);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
