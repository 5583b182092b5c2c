package com.example.library.api;

import com.example.library.Publisher;
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
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.springframework.beans.BeanUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The operations of the {@code Publisher} API.
 */
@Service
@Transactional
@Generated("dev.armature.processor.ArmatureProcessor")
public class PublisherService {
    private final PublisherRepository repository;

    private final PublisherMapper mapper;

    @PersistenceContext
    private EntityManager entityManager;

    public PublisherService(PublisherRepository repository, PublisherMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Transactional(
            readOnly = true
    )
    public PageResponse<PublisherResponse> list(ListQuery query, PublisherFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Publisher> select = cb.createQuery(Publisher.class);
        Root<Publisher> root = select.from(Publisher.class);
        select.select(root).where(predicates(cb, root, filter)).orderBy(orders(cb, root, query));
        List<PublisherResponse> content = entityManager.createQuery(select)
                .setFirstResult(query.offset())
                .setMaxResults(query.size())
                .getResultList().stream().map(mapper::toResponse).toList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Publisher> countRoot = count.from(Publisher.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, filter));
        long total = entityManager.createQuery(count).getSingleResult();
        return PageResponse.of(content, query.size(), query.page(), total);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Publisher> root,
            PublisherFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.name() != null) {
            predicates.add(cb.like(cb.lower(root.<String>get("name")), contains(filter.name()), '\\'));
        }
        if (filter.founded() != null) {
            predicates.add(cb.equal(root.get("founded"), filter.founded()));
        }
        return predicates.toArray(new Predicate[0]);
    }

    private static List<Order> orders(CriteriaBuilder cb, Root<Publisher> root, ListQuery query) {
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
    public Versioned<PublisherResponse> get(UUID id) {
        Publisher entity = find(id);
        return new Versioned<>(mapper.toResponse(entity), null);
    }

    public Created<PublisherResponse> create(JsonNode body) {
        PublisherCreateRequest request = mapper.readCreate(body);
        Publisher entity = BeanUtils.instantiateClass(Publisher.class);
        mapper.applyCreate(request, entity);
        UUID id = entity.id;
        if (id != null && repository.existsById(id)) {
            throw ApiProblemException.conflict("A Publisher with id " + id + " already exists");
        }
        Publisher saved = repository.saveAndFlush(entity);
        return new Created<>(saved.id, mapper.toResponse(saved), null);
    }

    public void delete(UUID id) {
        Publisher entity = find(id);
        try {
            repository.delete(entity);
            repository.flush();
        } catch (DataIntegrityViolationException e) {
            throw ApiProblemException.conflict("Publisher " + id + " is still referenced and cannot be deleted");
        }
    }

    private Publisher find(UUID id) {
        return repository.findById(id).orElseThrow(() -> ApiProblemException.notFound("No Publisher with id " + id));
    }
}
