package com.example.library.api;

import javax.annotation.processing.Generated;

/**
 * One invalid field or parameter of a request: its JSON name and what is wrong with it.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record ProblemFieldError(String field, String message) {
}
