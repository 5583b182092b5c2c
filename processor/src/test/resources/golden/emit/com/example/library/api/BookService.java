package com.example.library.api;

import com.example.library.Book;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Generated;
import org.springframework.beans.BeanUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The operations of the {@code Book} API.
 */
@Service
@Transactional
@Generated("dev.armature.processor.ArmatureProcessor")
public class BookService {
    private final BookRepository repository;

    private final BookMapper mapper;

    @PersistenceContext
    private EntityManager entityManager;

    public BookService(BookRepository repository, BookMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Transactional(
            readOnly = true
    )
    public PageResponse<BookListItem> list(ListQuery query, BookFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Book> select = cb.createQuery(Book.class);
        Root<Book> root = select.from(Book.class);
        select.select(root).where(predicates(cb, root, filter)).orderBy(orders(cb, root, query));
        List<BookListItem> content = entityManager.createQuery(select)
                .setFirstResult(query.offset())
                .setMaxResults(query.size())
                .getResultList().stream().map(mapper::toListItem).toList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Book> countRoot = count.from(Book.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, filter));
        long total = entityManager.createQuery(count).getSingleResult();
        return PageResponse.of(content, query.size(), query.page(), total);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Book> root, BookFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.title() != null) {
            predicates.add(cb.like(cb.lower(root.<String>get("title")), contains(filter.title()), '\\'));
        }
        if (filter.isbn() != null) {
            predicates.add(cb.like(cb.lower(root.<String>get("isbn")), contains(filter.isbn()), '\\'));
        }
        if (filter.genre() != null) {
            predicates.add(cb.equal(root.get("genre"), filter.genre()));
        }
        if (filter.published() != null) {
            predicates.add(cb.equal(root.get("published"), filter.published()));
        }
        if (filter.authorId() != null) {
            predicates.add(cb.equal(root.get("author").get("id"), filter.authorId()));
        }
        return predicates.toArray(new Predicate[0]);
    }

    private static List<Order> orders(CriteriaBuilder cb, Root<Book> root, ListQuery query) {
        List<Order> orders = new ArrayList<>();
        boolean byId = false;
        for (ListQuery.SortOrder order : query.sort()) {
            orders.add(order.ascending() ? cb.asc(root.get(order.property())) : cb.desc(root.get(order.property())));
            byId |= order.property().equals("id");
        }
        if (!byId) {
            orders.add(cb.asc(root.get("id")));
        }
        return orders;
    }

    /**
     * A LIKE pattern matching {@code value} anywhere, case-insensitively, its wildcards taken literally.
     */
    private static String contains(String value) {
        return "%" + value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Transactional(
            readOnly = true
    )
    public Versioned<BookResponse> get(Long id) {
        Book entity = find(id);
        return new Versioned<>(mapper.toResponse(entity), EntityTags.etag(entity.getVersion()));
    }

    public Created<BookResponse> create(JsonNode body) {
        BookCreateRequest request = mapper.readCreate(body);
        Book entity = BeanUtils.instantiateClass(Book.class);
        mapper.applyCreate(request, entity);
        Book saved = repository.saveAndFlush(entity);
        return new Created<>(saved.getId(), mapper.toResponse(saved), EntityTags.etag(saved.getVersion()));
    }

    public Versioned<BookResponse> update(Long id, JsonNode body, String ifMatch) {
        Book entity = find(id);
        EntityTags.checkIfMatch(ifMatch, entity.getVersion(), "Book " + id);
        BookUpdateRequest request = mapper.readUpdate(body);
        mapper.applyUpdate(request, entity);
        Book saved = repository.saveAndFlush(entity);
        return new Versioned<>(mapper.toResponse(saved), EntityTags.etag(saved.getVersion()));
    }

    public Versioned<BookResponse> patch(Long id, JsonNode body, String ifMatch) {
        Book entity = find(id);
        EntityTags.checkIfMatch(ifMatch, entity.getVersion(), "Book " + id);
        BookUpdateRequest request = mapper.readPatch(entity, body);
        mapper.applyUpdate(request, entity);
        Book saved = repository.saveAndFlush(entity);
        return new Versioned<>(mapper.toResponse(saved), EntityTags.etag(saved.getVersion()));
    }

    public void delete(Long id) {
        Book entity = find(id);
        try {
            repository.delete(entity);
            repository.flush();
        } catch (DataIntegrityViolationException e) {
            throw ApiProblemException.conflict("Book " + id + " is still referenced and cannot be deleted");
        }
    }

    private Book find(Long id) {
        return repository.findById(id).orElseThrow(() -> ApiProblemException.notFound("No Book with id " + id));
    }
}
