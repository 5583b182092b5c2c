package com.example.library;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the IT only: how many JDBC statements Hibernate has prepared since the start (statistics are on in
 * application.properties), so a test can tell how many SQL statements one request ran. Not under
 * {@code /api}, so not Armature's; the IT reads it between requests, one at a time.
 */
@RestController
class StatementCount {

  private final SessionFactory sessionFactory;

  StatementCount(EntityManagerFactory entityManagerFactory) {
    this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
  }

  @GetMapping("/it/statements")
  long statements() {
    return sessionFactory.getStatistics().getPrepareStatementCount();
  }
}
