package com.example.library.api;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * A failed write as the client's error, by the SQLState the database gave; see {@link #classify}.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public final class DatabaseErrors {
    private static final Pattern COLUMN = Pattern.compile("(?i)column \"([^\"]+)\"");

    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");

    private static final Pattern KEY = Pattern.compile("Key \\(([^)]+)\\)=");

    private static final Pattern FOREIGN_KEY = Pattern.compile("(?i)FOREIGN KEY\\s*\\(([^)]+)\\)");

    private static final Pattern UNIQUE_INDEX = Pattern.compile("(?i) ON [\\w.\"]+\\(([^)]+)\\)");

    private DatabaseErrors() {
    }

    /**
     * The client's error this failure of a write's flush is ({@code ApiProblemException}), or the failure
     * itself when it is not one (a transient failure is the advice's 503; anything else stays what it was).
     *
     * @param columns the resource's columns and their JSON fields
     * @param request the request's JSON fields and values, read only when the database names no column
     */
    public static RuntimeException classify(RuntimeException failure, Map<String, String> columns,
            Supplier<? extends Map<?, ?>> request) {
        SQLException sql = sqlException(failure);
        String state = sql == null ? null : sql.getSQLState();
        if (state == null || isTransient(failure)) {
            return failure;
        }
        String message = String.valueOf(sql.getMessage());
        if (state.equals("22001")) {
            return tooLong(message, columns, request);
        }
        if (state.startsWith("22")) {
            String what = state.equals("22003") ? "is out of range for its column" : state.equals("22007") || state.equals("22008") ? "is not a date or time its column accepts" : "has a value its column does not accept";
            return invalid(columns(COLUMN, message), columns, what);
        }
        if (state.equals("23502")) {
            return invalid(columns(COLUMN, message), columns, "must not be null");
        }
        if (state.equals("23505")) {
            List<String> named = columns(KEY, message);
            return conflict(named.isEmpty() ? columns(UNIQUE_INDEX, message) : named, columns, "is already taken", "A value that must be unique is already taken");
        }
        if (state.equals("23503") || state.equals("23506")) {
            List<String> named = columns(FOREIGN_KEY, message);
            return conflict(named.isEmpty() ? columns(KEY, message) : named, columns, "refers to an item that does not exist", "A reference to another item does not hold");
        }
        return failure;
    }

    private static ApiProblemException invalid(List<String> named, Map<String, String> columns,
            String what) {
        List<ProblemFieldError> errors = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (String column : named) {
            String field = field(columns, column);
            if (field == null) {
                unmapped.add(column);
            } else {
                errors.add(new ProblemFieldError(field, what));
            }
        }
        if (unmapped.isEmpty() && !errors.isEmpty()) {
            return ApiProblemException.invalid(errors);
        }
        String where = unmapped.isEmpty() ? "A value of the request" : "The value of column " + String.join(", ", unmapped);
        return ApiProblemException.badRequest(where + " " + what, errors);
    }

    private static ApiProblemException tooLong(String message, Map<String, String> columns,
            Supplier<? extends Map<?, ?>> request) {
        Matcher length = LENGTH.matcher(message);
        int max = length.find() ? Integer.parseInt(length.group(1)) : -1;
        String what = max < 0 ? "is longer than its column allows" : "is longer than its column allows (at most " + max + " characters)";
        List<String> named = columns(COLUMN, message);
        if (!named.isEmpty() || max < 0) {
            return invalid(named, columns, what);
        }
        List<ProblemFieldError> errors = new ArrayList<>();
        request.get().forEach((field, value) -> { if (value instanceof String text && text.codePointCount(0, text.length()) > max) errors.add(new ProblemFieldError(String.valueOf(field), what)); });
        return errors.isEmpty() ? invalid(named, columns, what) : ApiProblemException.invalid(errors);
    }

    private static ApiProblemException conflict(List<String> named, Map<String, String> columns,
            String what, String unknown) {
        List<ProblemFieldError> errors = new ArrayList<>();
        named.forEach(column -> { String field = field(columns, column); errors.add(new ProblemFieldError(field == null ? column : field, what)); });
        String fields = String.join(", ", errors.stream().map(ProblemFieldError::field).toList());
        return ApiProblemException.conflict(errors.isEmpty() ? unknown : "The value of " + fields + " " + what, errors);
    }

    /**
     * Whether the failure is the database's, not the request's: worth retrying later (503).
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof TransientDataAccessException || e instanceof DataAccessResourceFailureException || e instanceof RecoverableDataAccessException || e instanceof CannotCreateTransactionException || e instanceof TransactionTimedOutException || e instanceof java.sql.SQLTransientException || e instanceof java.sql.SQLRecoverableException) {
                return !(e instanceof OptimisticLockingFailureException);
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 40001 serialization failure and 40P01 deadlock: retry the transaction;
                // 57P01..57P03: PostgreSQL shutting down or starting; 53300: too many connections
                return state.startsWith("08") || state.equals("40001") || state.equals("40P01") || state.startsWith("57P0") || state.equals("53300");
            }
        }
        return false;
    }

    /**
     * The driver's exception in the cause chain (the next one of a batch's), or null.
     */
    private static SQLException sqlException(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql) {
                return sql.getSQLState() == null && sql.getNextException() != null ? sql.getNextException() : sql;
            }
        }
        return null;
    }

    private static List<String> columns(Pattern pattern, String message) {
        Matcher found = pattern.matcher(message);
        if (!found.find()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : found.group(1).split(",")) {
            String name = part.trim().split("\\s+")[0].replace("\"", "");
            name = name.substring(name.lastIndexOf('.') + 1);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The JSON field of a column, compared without case and underscores (any naming strategy), or null.
     */
    private static String field(Map<String, String> columns, String column) {
        String wanted = normalized(column);
        return columns.entrySet().stream().filter(e -> normalized(e.getKey()).equals(wanted)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String normalized(String column) {
        return column.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
