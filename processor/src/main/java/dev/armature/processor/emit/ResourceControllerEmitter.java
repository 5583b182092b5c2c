package dev.armature.processor.emit;

import static dev.armature.processor.emit.ResourceOperationsEmitter.E;
import static dev.armature.processor.emit.ResourceOperationsEmitter.ID;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code ResourceController<E, ID, C, U>}: the base of every generated controller. It holds the HTTP side
 * of each operation (status, {@code ETag}, {@code Location}) over {@code ResourceOperations}; a subclass
 * maps its resource's enabled operations to one-line handlers and says how its entity maps to and from
 * its request and response records.
 */
final class ResourceControllerEmitter {
  private static final TypeVariableName C = TypeVariableName.get("C");
  private static final TypeVariableName U = TypeVariableName.get("U");
  private static final TypeVariableName T = TypeVariableName.get("T");

  private final Names names;

  ResourceControllerEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    TypeName repository = ParameterizedTypeName.get(Libs.JPA_REPOSITORY, E, ID);
    TypeName descriptor = ParameterizedTypeName.get(names.resourceDescriptor(), E);
    TypeSpec.Builder type = TypeSpec.classBuilder(names.resourceController())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addTypeVariables(java.util.List.of(E, ID, C, U))
        .addJavadoc("The base of the generated controllers: each operation's HTTP response over {@link $T}.\n\n"
            + "@param <E> the entity\n@param <ID> the type of its id\n"
            + "@param <C> the create request record\n@param <U> the update request record\n",
            names.resourceOperations())
        .addField(names.resourceOperations(), "operations", Modifier.PRIVATE, Modifier.FINAL)
        .addField(repository, "repository", Modifier.PRIVATE, Modifier.FINAL)
        .addField(descriptor, "descriptor", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PROTECTED)
            .addParameter(names.resourceOperations(), "operations")
            .addParameter(repository, "repository")
            .addParameter(descriptor, "descriptor")
            .addStatement("this.operations = operations")
            .addStatement("this.repository = repository")
            .addStatement("this.descriptor = descriptor")
            .build())
        .addMethod(accessor("descriptor", descriptor))
        .addMethod(accessor("repository", repository))
        .addMethod(accessor("operations", names.resourceOperations()))
        .addMethod(listResponse())
        .addMethod(getResponse())
        .addMethod(createResponse())
        .addMethod(response("updateResponse", "Replaces the whole update surface; {@code If-Match} is optional.",
            "withEtag($T.ok(), operations.update(this, id, body, ifMatch))", Libs.RESPONSE_ENTITY)
            .addParameter(ID, "id").addParameter(names.jsonNode(), "body").addParameter(Libs.STRING, "ifMatch").build())
        .addMethod(response("patchResponse", "JSON Merge Patch (RFC 7396) of the update surface; {@code If-Match} is optional.",
            "withEtag($T.ok(), operations.patch(this, id, body, ifMatch))", Libs.RESPONSE_ENTITY)
            .addParameter(ID, "id").addParameter(names.jsonNode(), "body").addParameter(Libs.STRING, "ifMatch").build())
        .addMethod(MethodSpec.methodBuilder("deleteResponse")
            .addJavadoc("204 once deleted; 409 while still referenced; {@code If-Match} is optional.\n")
            .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
            .returns(ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, ClassName.get(Void.class)))
            .addParameter(ID, "id")
            .addParameter(Libs.STRING, "ifMatch")
            .addStatement("operations.delete(this, id, ifMatch)")
            .addStatement("return $T.noContent().build()", Libs.RESPONSE_ENTITY)
            .build())
        .addMethod(withEtag());
    new ResourceMappingHooks(names).addTo(type);
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private static MethodSpec accessor(String name, TypeName type) {
    return MethodSpec.methodBuilder(name).returns(type).addStatement("return $N", name).build();
  }

  private static AnnotationSpec unchecked() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();
  }

  /** The list items' record is the subclass's; the shared flow sees them as objects. */
  private MethodSpec listResponse() {
    return MethodSpec.methodBuilder("listResponse")
        .addJavadoc("A page of items: {@code page}, {@code size} and {@code sort} from all the parameters (a 400 names\n"
            + "any other that is not a filter), {@code filterValues} in the order of the descriptor's filters.\n")
        .addAnnotation(unchecked())
        .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(names.pageResponse(), T))
        .addParameter(ParameterizedTypeName.get(Libs.MULTI_VALUE_MAP, Libs.STRING, Libs.STRING), "parameters")
        .addParameter(ArrayTypeName.of(Libs.OBJECT), "filterValues")
        .varargs()
        .addStatement("$T query = $T.parse(parameters, descriptor.defaultPageSize(), descriptor.maxPageSize(), "
            + "descriptor.sortable(), descriptor.filterNames(), filterValues)", names.listQuery(), names.listQuery())
        .addStatement("return ($T) operations.list(this, query, filterValues)",
            ParameterizedTypeName.get(names.pageResponse(), T))
        .build();
  }

  private static MethodSpec.Builder response(String name, String javadoc, String body, Object... args) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc + "\n")
        .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, T))
        .addStatement("return " + body, args);
  }

  /** RFC 9110 13.1.2: 304 with the {@code ETag} and no body when {@code If-None-Match} names the current version. */
  private MethodSpec getResponse() {
    return MethodSpec.methodBuilder("getResponse")
        .addJavadoc("The item with its {@code ETag}; 304 (the {@code ETag}, no body) if {@code ifNoneMatch} names it; 404 if there is none.\n")
        .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, T))
        .addParameter(ID, "id")
        .addParameter(Libs.STRING, "ifNoneMatch")
        .addStatement("$T found = operations.get(this, id)", ParameterizedTypeName.get(names.versioned(), Libs.OBJECT))
        .beginControlFlow("if ($T.noneMatchFails(ifNoneMatch, found.etag()))", names.entityTags())
        .addStatement("return $T.status($T.NOT_MODIFIED).eTag(found.etag()).build()", Libs.RESPONSE_ENTITY, Libs.HTTP_STATUS)
        .endControlFlow()
        .addStatement("return withEtag($T.ok(), found)", Libs.RESPONSE_ENTITY)
        .build();
  }

  private MethodSpec createResponse() {
    return MethodSpec.methodBuilder("createResponse")
        .addJavadoc("201 with {@code Location}, {@code ETag} and the read surface.\n")
        .addAnnotation(unchecked())
        .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, T))
        .addParameter(names.jsonNode(), "body")
        .addStatement("$T created = operations.create(this, body)", ParameterizedTypeName.get(names.created(), Libs.OBJECT))
        .addStatement("$T location = $T.fromCurrentRequestUri().path($S).buildAndExpand(created.id()).toUri()",
            Libs.URI, Libs.URI_BUILDER, "/{id}")
        .addStatement("$T.BodyBuilder response = $T.created(location)", Libs.RESPONSE_ENTITY, Libs.RESPONSE_ENTITY)
        .beginControlFlow("if (created.etag() != null)")
        .addStatement("response.eTag(created.etag())")
        .endControlFlow()
        .addStatement("return response.body(($T) created.body())", T)
        .build();
  }

  private MethodSpec withEtag() {
    return MethodSpec.methodBuilder("withEtag")
        .addAnnotation(unchecked())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, T))
        .addParameter(Libs.RESPONSE_ENTITY.nestedClass("BodyBuilder"), "response")
        .addParameter(ParameterizedTypeName.get(names.versioned(), Libs.OBJECT), "versioned")
        .beginControlFlow("if (versioned.etag() != null)")
        .addStatement("response.eTag(versioned.etag())")
        .endControlFlow()
        .addStatement("return response.body(($T) versioned.body())", T)
        .build();
  }
}
