package com.example.library.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import javax.annotation.processing.Generated;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The transactions of every resource's API; the entity-specific steps are its controller's.
 */
@Service("com.example.library.api.ResourceOperations")
@Transactional
@Generated("dev.armature.processor.ArmatureProcessor")
public class ResourceOperations {
    private final ObjectMapper objectMapper;

    private final ObjectProvider<Validator> validator;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The validator is optional: without Hibernate Validator the database still enforces its constraints.
     */
    public ResourceOperations(ObjectMapper objectMapper, ObjectProvider<Validator> validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /**
     * A page of list items; {@code filterValues} are in the order of the resource's filters (null = not filtered).
     */
    @Transactional(
            readOnly = true
    )
    public <E> PageResponse<Object> list(ResourceController<E, ?, ?, ?> resource, ListQuery query,
            Object[] filterValues) {
        ResourceDescriptor<E> descriptor = resource.descriptor();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<E> select = cb.createQuery(descriptor.entityType());
        Root<E> root = select.from(descriptor.entityType());
        select.select(root).where(predicates(cb, root, descriptor, filterValues)).orderBy(orders(cb, root, query, descriptor.idName()));
        // An empty fetch graph: every relation is lazy here, EAGER ones included, so a page is one select
        // rather than one more per row and relation (a to-one is a proxy, whose id the item shows unread).
        List<Object> content = entityManager.createQuery(select)
                .setHint("jakarta.persistence.fetchgraph", entityManager.createEntityGraph(descriptor.entityType()))
                .setFirstResult(query.offset())
                .setMaxResults(query.size())
                .getResultList().stream().map(resource::toListItem).toList();
        return PageResponse.of(content, query.size(), query.page(), total(descriptor, query, content.size(), filterValues));
    }

    private <E> long total(ResourceDescriptor<E> descriptor, ListQuery query, int items,
            Object[] filterValues) {
        if (items < query.size() && (items > 0 || query.offset() == 0)) {
            return (long) query.offset() + items;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(descriptor.entityType());
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, descriptor, filterValues));
        return entityManager.createQuery(count).getSingleResult();
    }

    @Transactional(
            readOnly = true
    )
    public <E, ID> Versioned<Object> get(ResourceController<E, ID, ?, ?> resource, ID id) {
        E entity = find(resource, id);
        return new Versioned<>(resource.toResponse(entity), EntityTags.etag(resource.version(entity)));
    }

    public <E, ID, C> Created<Object> create(ResourceController<E, ID, C, ?> resource,
            JsonNode body) {
        ResourceDescriptor<E> descriptor = resource.descriptor();
        C request = readBody(body, descriptor.createFields(), descriptor.readOnlyFields(), resource::readCreate);
        E entity = BeanUtils.instantiateClass(descriptor.entityType());
        resource.applyCreate(request, entity, reader());
        // A field only its mapping requires may be left out when the entity's constructor gives it a value;
        // one still null is a 400 naming it rather than a failed insert.
        List<String> missing = resource.missingAfterCreate(entity);
        if (!missing.isEmpty()) {
            throw ApiProblemException.invalid(missing.stream().map(field -> new ProblemFieldError(field, "must not be null")).toList());
        }
        if (descriptor.assignedId()) {
            // A missing assigned id is a 400 even without a validator (JPA would fail: a 500);
            // one that exists would make save() merge over the existing row.
            ID id = resource.id(entity);
            if (id == null) {
                throw ApiProblemException.invalid(List.of(new ProblemFieldError(descriptor.idName(), "must not be null")));
            }
            if (resource.repository().existsById(id)) {
                throw ApiProblemException.conflict("A " + descriptor.entityType().getSimpleName() + " with id " + id + " already exists");
            }
        }
        checkUnique(resource, entity, null, Map.of());
        E saved = flush(resource, entity, request);
        return new Created<>(resource.id(saved), resource.toResponse(saved), EntityTags.etag(resource.version(saved)));
    }

    /**
     * Replaces the whole update surface.
     */
    public <E, ID, U> Versioned<Object> update(ResourceController<E, ID, ?, U> resource, ID id,
            JsonNode body, String ifMatch) {
        E entity = find(resource, id);
        EntityTags.checkIfMatch(ifMatch, resource.version(entity), name(resource) + " " + id);
        ResourceDescriptor<E> descriptor = resource.descriptor();
        U request = readBody(body, descriptor.updateFields(), descriptor.readOnlyFields(), resource::readUpdate);
        return save(resource, entity, request);
    }

    /**
     * Applies a JSON Merge Patch (RFC 7396) to the entity's current update surface.
     */
    public <E, ID, U> Versioned<Object> patch(ResourceController<E, ID, ?, U> resource, ID id,
            JsonNode patch, String ifMatch) {
        E entity = find(resource, id);
        EntityTags.checkIfMatch(ifMatch, resource.version(entity), name(resource) + " " + id);
        ObjectNode current = objectMapper.createObjectNode();
        resource.currentUpdate(entity, current, reader());
        ResourceDescriptor<E> descriptor = resource.descriptor();
        U request = readBody(JsonMergePatch.apply(current, patch), descriptor.updateFields(), descriptor.readOnlyFields(), resource::readUpdate);
        return save(resource, entity, request);
    }

    public <E, ID> void delete(ResourceController<E, ID, ?, ?> resource, ID id, String ifMatch) {
        E entity = find(resource, id);
        EntityTags.checkIfMatch(ifMatch, resource.version(entity), name(resource) + " " + id);
        // JPA persists an entity again at flush when a loaded parent's cascading collection holds it
        releaseFromParents(resource.descriptor().entityType(), entity);
        try {
            resource.repository().delete(entity);
            resource.repository().flush();
        } catch (DataIntegrityViolationException e) {
            throw ApiProblemException.conflict(name(resource) + " " + id + " is still referenced and cannot be deleted");
        }
        if (entityManager.contains(entity)) {
            // no 2xx for a delete that did not happen
            throw ApiProblemException.conflict(name(resource) + " " + id + " is held in a collection of another entity that cascades to it, so it cannot be deleted on its own; remove it from that entity instead");
        }
    }

    /**
     * Takes {@code child} out of the loaded collections of the entities its to-one relations point to.
     */
    private void releaseFromParents(Class<?> type, Object child) {
        PersistenceUnitUtil loaded = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
        Metamodel metamodel = entityManager.getMetamodel();
        for (SingularAttribute<?, ?> attribute : metamodel.entity(type).getSingularAttributes()) {
            if (!attribute.isAssociation() || !loaded.isLoaded(child, attribute.getName())) {
                continue;
            }
            Object parent = memberValue(attribute.getJavaMember(), child);
            if (parent == null) {
                continue;
            }
            ManagedType<?> parentType = metamodel.managedType(attribute.getJavaType());
            for (PluralAttribute<?, ?, ?> collection : parentType.getPluralAttributes()) {
                if (!collection.getElementType().getJavaType().isInstance(child) || !loaded.isLoaded(parent, collection.getName())) {
                    continue;
                }
                Object held = memberValue(collection.getJavaMember(), parent);
                if (held instanceof Collection<?> elements) {
                    elements.remove(child);
                } else if (held instanceof Map<?, ?> entries) {
                    entries.values().remove(child);
                }
            }
        }
    }

    /**
     * The value of a mapped field or getter; null when it cannot be read (then the flush check decides).
     */
    private static Object memberValue(Member member, Object target) {
        try {
            if (member instanceof Field field && field.trySetAccessible()) {
                return field.get(target);
            }
            if (member instanceof Method method && method.trySetAccessible()) {
                return method.invoke(target);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private <E, ID> E find(ResourceController<E, ID, ?, ?> resource, ID id) {
        return resource.repository().findById(id).orElseThrow(() -> ApiProblemException.notFound("No " + name(resource) + " with id " + id));
    }

    /**
     * The id of a managed entity or lazy proxy, read by the provider (a proxy's public fields are never filled).
     */
    public Object identifier(Object entity) {
        return entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }

    /**
     * Reads and validates a request body; every problem becomes one 400 listing the fields.
     */
    private <R> R readBody(JsonNode body, List<String> accepted, List<String> readOnly,
            BiFunction<JsonNode, RequestReader, R> read) {
        if (body == null || !body.isObject()) {
            throw ApiProblemException.badRequest("The request body must be a JSON object");
        }
        RequestReader in = reader();
        in.rejectUnknown(body, accepted, readOnly);
        R request = read.apply(body, in);
        in.validate(request, validator.getIfAvailable());
        in.throwIfInvalid();
        return request;
    }

    private <E, ID, U> Versioned<Object> save(ResourceController<E, ID, ?, U> resource, E entity,
            U request) {
        // a unique value the write leaves as it was is still this row's own: no query for it
        Map<String, Object> before = new HashMap<>();
        resource.takenUnique(entity, (attribute, value) -> {
            before.put(attribute, value);
            return false;
        });
        resource.applyUpdate(request, entity, reader());
        checkUnique(resource, entity, resource.id(entity), before);
        E saved = flush(resource, entity, request);
        return new Versioned<>(resource.toResponse(saved), EntityTags.etag(resource.version(saved)));
    }

    private <E, ID> E flush(ResourceController<E, ID, ?, ?> resource, E entity, Object request) {
        try {
            return resource.repository().saveAndFlush(entity);
        } catch (RuntimeException e) {
            // the request's fields, for a database that names no column (PostgreSQL's value too long)
            throw DatabaseErrors.classify(e, resource.descriptor().columns(), () -> objectMapper.convertValue(request, Map.class));
        }
    }

    /**
     * A 409 naming each unique field whose value a row other than {@code id} (any row when null) has;
     * a value equal to the one in {@code unchanged} (the entity's before an update) is not looked up.
     */
    private <E, ID> void checkUnique(ResourceController<E, ID, ?, ?> resource, E entity, ID id,
            Map<String, Object> unchanged) {
        List<String> fields = resource.takenUnique(entity, (attribute, value) -> !Objects.equals(unchanged.get(attribute), value)
                && taken(resource.descriptor(), attribute, value, id));
        if (!fields.isEmpty()) {
            String entityName = resource.descriptor().entityType().getSimpleName();
            throw ApiProblemException.conflict("Another " + entityName + " already has the same " + String.join(", ", fields), fields.stream().map(field -> new ProblemFieldError(field, "another " + entityName + " already has this value")).toList());
        }
    }

    private <E> boolean taken(ResourceDescriptor<E> descriptor, String attribute, Object value,
            Object id) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<E> root = query.from(descriptor.entityType());
        Predicate same = cb.equal(root.get(attribute), value);
        query.select(cb.count(root)).where(id == null ? same : cb.and(same, cb.notEqual(root.get(descriptor.idName()), id)));
        return entityManager.createQuery(query).setFlushMode(FlushModeType.COMMIT).getSingleResult() > 0;
    }

    private RequestReader reader() {
        return new RequestReader(objectMapper, entityManager);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<?> root,
            ResourceDescriptor<?> descriptor, Object[] filterValues) {
        List<Predicate> predicates = new ArrayList<>();
        for (int i = 0; i < filterValues.length; i++) {
            if (filterValues[i] != null) {
                predicates.add(descriptor.filters().get(i).predicate(cb, root, filterValues[i]));
            }
        }
        return predicates.toArray(new Predicate[0]);
    }

    private static List<Order> orders(CriteriaBuilder cb, Root<?> root, ListQuery query,
            String idName) {
        List<Order> orders = new ArrayList<>();
        boolean byId = false;
        for (ListQuery.SortOrder order : query.sort()) {
            orders.add(order.ascending() ? cb.asc(root.get(order.property())) : cb.desc(root.get(order.property())));
            byId |= order.property().equals(idName);
        }
        if (!byId) {
            orders.add(cb.asc(root.get(idName)));
        }
        return orders;
    }

    private static String name(ResourceController<?, ?, ?, ?> resource) {
        return resource.descriptor().entityType().getSimpleName();
    }
}
