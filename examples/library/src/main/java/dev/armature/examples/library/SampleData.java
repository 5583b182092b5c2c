package dev.armature.examples.library;

import dev.armature.examples.library.domain.Author;
import dev.armature.examples.library.domain.Book;
import dev.armature.examples.library.domain.Genre;
import dev.armature.examples.library.domain.Loan;
import dev.armature.examples.library.domain.Member;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a few authors, books, members and loans into an empty database, so the first {@code curl} shows
 * something. Plain JPA through the entities' constructors, so {@code @PrePersist} sets {@code createdAt},
 * {@code joinedOn} and the due dates exactly as for rows created over the API. Off with
 * {@code library.sample-data=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "library.sample-data", matchIfMissing = true)
class SampleData implements CommandLineRunner {

  private static final Logger log = LoggerFactory.getLogger(SampleData.class);

  @PersistenceContext
  private EntityManager em;

  @Override
  @Transactional
  public void run(String... args) {
    Long authors = em.createQuery("select count(a) from Author a", Long.class).getSingleResult();
    if (authors > 0) {
      return;
    }
    Author leGuin = persist(new Author("Ursula K. Le Guin", 1929));
    Author herbert = persist(new Author("Frank Herbert", 1920));
    Author sagan = persist(new Author("Carl Sagan", 1934));
    Author beard = persist(new Author("Mary Beard", 1955));

    Book earthsea = persist(new Book("A Wizard of Earthsea", "9780547773742", leGuin, Genre.FANTASY,
        new BigDecimal("9.99"), LocalDate.of(1968, 11, 1)));
    persist(new Book("The Left Hand of Darkness", "9780441478125", leGuin, Genre.SCIENCE_FICTION,
        new BigDecimal("12.50"), LocalDate.of(1969, 3, 1)));
    Book dune = persist(new Book("Dune", "9780441172719", herbert, Genre.SCIENCE_FICTION,
        new BigDecimal("10.99"), LocalDate.of(1965, 8, 1)));
    persist(new Book("Cosmos", "9780345539434", sagan, Genre.SCIENCE,
        new BigDecimal("18.00"), LocalDate.of(1980, 1, 1)));
    persist(new Book("SPQR", "9781631492228", beard, Genre.HISTORY,
        new BigDecimal("17.95"), LocalDate.of(2015, 11, 9)));

    Member ada = persist(new Member("Ada Lovelace", "ada@example.org"));
    Member alan = persist(new Member("Alan Turing", "alan@example.org"));

    LocalDate today = LocalDate.now();
    persist(new Loan(dune, ada, today.minusDays(3), null));
    persist(new Loan(earthsea, alan, today.minusDays(30), today.minusDays(9)));
    log.info("Sample data: 4 authors, 5 books, 2 members, 2 loans (library.sample-data=false to skip)");
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }
}
