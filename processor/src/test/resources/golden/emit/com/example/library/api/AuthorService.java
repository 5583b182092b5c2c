package com.example.library.api;

import com.example.library.Author;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;
import org.springframework.beans.BeanUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The operations of the {@code Author} API.
 */
@Service
@Transactional
@Generated("dev.armature.processor.ArmatureProcessor")
public class AuthorService {
    private final AuthorRepository repository;

    private final AuthorMapper mapper;

    @PersistenceContext
    private EntityManager entityManager;

    public AuthorService(AuthorRepository repository, AuthorMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Transactional(
            readOnly = true
    )
    public PageResponse<AuthorResponse> list(ListQuery query, AuthorFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Author> select = cb.createQuery(Author.class);
        Root<Author> root = select.from(Author.class);
        select.select(root).where(predicates(cb, root, filter)).orderBy(orders(cb, root, query));
        List<AuthorResponse> content = entityManager.createQuery(select)
                .setFirstResult(query.offset())
                .setMaxResults(query.size())
                .getResultList().stream().map(mapper::toResponse).toList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Author> countRoot = count.from(Author.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, filter));
        long total = entityManager.createQuery(count).getSingleResult();
        return PageResponse.of(content, query.size(), query.page(), total);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Author> root,
            AuthorFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        return predicates.toArray(new Predicate[0]);
    }

    private static List<Order> orders(CriteriaBuilder cb, Root<Author> root, ListQuery query) {
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

    @Transactional(
            readOnly = true
    )
    public Versioned<AuthorResponse> get(Long id) {
        Author entity = find(id);
        return new Versioned<>(mapper.toResponse(entity), EntityTags.etag(entity.getVersion()));
    }

    public Created<AuthorResponse> create(JsonNode body) {
        AuthorCreateRequest request = mapper.readCreate(body);
        Author entity = BeanUtils.instantiateClass(Author.class);
        mapper.applyCreate(request, entity);
        Author saved = repository.saveAndFlush(entity);
        return new Created<>(saved.getId(), mapper.toResponse(saved), EntityTags.etag(saved.getVersion()));
    }

    public Versioned<AuthorResponse> update(Long id, JsonNode body, String ifMatch) {
        Author entity = find(id);
        EntityTags.checkIfMatch(ifMatch, entity.getVersion(), "Author " + id);
        AuthorUpdateRequest request = mapper.readUpdate(body);
        mapper.applyUpdate(request, entity);
        Author saved = repository.saveAndFlush(entity);
        return new Versioned<>(mapper.toResponse(saved), EntityTags.etag(saved.getVersion()));
    }

    public Versioned<AuthorResponse> patch(Long id, JsonNode body, String ifMatch) {
        Author entity = find(id);
        EntityTags.checkIfMatch(ifMatch, entity.getVersion(), "Author " + id);
        AuthorUpdateRequest request = mapper.readPatch(entity, body);
        mapper.applyUpdate(request, entity);
        Author saved = repository.saveAndFlush(entity);
        return new Versioned<>(mapper.toResponse(saved), EntityTags.etag(saved.getVersion()));
    }

    public void delete(Long id) {
        Author entity = find(id);
        try {
            repository.delete(entity);
            repository.flush();
        } catch (DataIntegrityViolationException e) {
            throw ApiProblemException.conflict("Author " + id + " is still referenced and cannot be deleted");
        }
    }

    private Author find(Long id) {
        return repository.findById(id).orElseThrow(() -> ApiProblemException.notFound("No Author with id " + id));
    }
}
