package com.example.library.api;

import java.net.URI;
import java.util.List;
import java.util.function.BiPredicate;
import javax.annotation.processing.Generated;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The base of the generated controllers: each operation's HTTP response over {@link ResourceOperations}.
 *
 * @param <E> the entity
 * @param <ID> the type of its id
 * @param <C> the create request record
 * @param <U> the update request record
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public abstract class ResourceController<E, ID, C, U> {
    private final ResourceOperations operations;

    private final JpaRepository<E, ID> repository;

    private final ResourceDescriptor<E> descriptor;

    protected ResourceController(ResourceOperations operations, JpaRepository<E, ID> repository,
            ResourceDescriptor<E> descriptor) {
        this.operations = operations;
        this.repository = repository;
        this.descriptor = descriptor;
    }

    ResourceDescriptor<E> descriptor() {
        return descriptor;
    }

    JpaRepository<E, ID> repository() {
        return repository;
    }

    ResourceOperations operations() {
        return operations;
    }

    /**
     * A page of items: {@code page}, {@code size} and {@code sort} from all the parameters (a 400 names
     * any other that is not a filter), {@code filterValues} in the order of the descriptor's filters.
     */
    @SuppressWarnings("unchecked")
    protected final <T> PageResponse<T> listResponse(MultiValueMap<String, String> parameters,
            Object... filterValues) {
        ListQuery query = ListQuery.parse(parameters, descriptor.defaultPageSize(), descriptor.maxPageSize(), descriptor.sortable(), descriptor.filterNames(), filterValues);
        return (PageResponse<T>) operations.list(this, query, filterValues);
    }

    /**
     * The item with its {@code ETag}; 304 (the {@code ETag}, no body) if {@code ifNoneMatch} names it; 404 if there is none.
     */
    protected final <T> ResponseEntity<T> getResponse(ID id, String ifNoneMatch) {
        Versioned<Object> found = operations.get(this, id);
        if (EntityTags.noneMatchFails(ifNoneMatch, found.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(found.etag()).build();
        }
        return withEtag(ResponseEntity.ok(), found);
    }

    /**
     * 201 with {@code Location}, {@code ETag} and the read surface.
     */
    @SuppressWarnings("unchecked")
    protected final <T> ResponseEntity<T> createResponse(JsonNode body) {
        Created<Object> created = operations.create(this, body);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id()).toUri();
        ResponseEntity.BodyBuilder response = ResponseEntity.created(location);
        if (created.etag() != null) {
            response.eTag(created.etag());
        }
        return response.body((T) created.body());
    }

    /**
     * Replaces the whole update surface; {@code If-Match} is optional.
     */
    protected final <T> ResponseEntity<T> updateResponse(ID id, JsonNode body, String ifMatch) {
        return withEtag(ResponseEntity.ok(), operations.update(this, id, body, ifMatch));
    }

    /**
     * JSON Merge Patch (RFC 7396) of the update surface; {@code If-Match} is optional.
     */
    protected final <T> ResponseEntity<T> patchResponse(ID id, JsonNode body, String ifMatch) {
        return withEtag(ResponseEntity.ok(), operations.patch(this, id, body, ifMatch));
    }

    /**
     * 204 once deleted; 409 while still referenced; {@code If-Match} is optional.
     */
    protected final ResponseEntity<Void> deleteResponse(ID id, String ifMatch) {
        operations.delete(this, id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @SuppressWarnings("unchecked")
    private static <T> ResponseEntity<T> withEtag(ResponseEntity.BodyBuilder response,
            Versioned<Object> versioned) {
        if (versioned.etag() != null) {
            response.eTag(versioned.etag());
        }
        return response.body((T) versioned.body());
    }

    /**
     * The id of the entity.
     */
    protected abstract ID id(E entity);

    /**
     * The {@code @Version} of the entity, the value of its {@code ETag}; null without one.
     */
    protected Object version(E entity) {
        return null;
    }

    /**
     * The read surface of the entity, as a response record.
     */
    protected abstract Object toResponse(E entity);

    /**
     * The list surface of the entity; the read surface unless it differs.
     */
    protected Object toListItem(E entity) {
        return toResponse(entity);
    }

    /**
     * The create record of a body, field by field.
     */
    protected C readCreate(JsonNode body, RequestReader in) {
        throw new UnsupportedOperationException("not an operation of this resource");
    }

    /**
     * Writes a create record onto a new entity.
     */
    protected void applyCreate(C request, E entity, RequestReader in) {
        throw new UnsupportedOperationException("not an operation of this resource");
    }

    /**
     * The JSON fields of a new entity that only its mapping requires and that are still null once the
     * create record is applied: neither the request nor the entity's constructor gave them a value.
     */
    protected List<String> missingAfterCreate(E entity) {
        return List.of();
    }

    /**
     * The JSON fields of the entity's unique values (not null) that {@code taken} says another row already
     * has; {@code taken} is given the attribute name and the value. None without unique fields.
     */
    protected List<String> takenUnique(E entity, BiPredicate<String, Object> taken) {
        return List.of();
    }

    /**
     * The update record of a body (or of a merged patch), field by field.
     */
    protected U readUpdate(JsonNode body, RequestReader in) {
        throw new UnsupportedOperationException("not an operation of this resource");
    }

    /**
     * Writes an update record onto the entity.
     */
    protected void applyUpdate(U request, E entity, RequestReader in) {
        throw new UnsupportedOperationException("not an operation of this resource");
    }

    /**
     * Writes the entity's update surface into {@code node}, the target of a merge patch.
     */
    protected void currentUpdate(E entity, ObjectNode node, RequestReader out) {
        throw new UnsupportedOperationException("not an operation of this resource");
    }
}
