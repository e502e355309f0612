package educheck.model.io;

import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;

/**
 * The submission schema as the binder is given it: each thread gets one validator and reuses it, district after
 * district. The binder asks for a new validator for every district it binds, and making one (Xerces' component
 * manager, schema validator and their tables) was about a twentieth of reading a file. A validator starts afresh at
 * each document's start ({@code startDocument} resets it), and a thread binds one district at a time.
 */
final class ThreadValidators extends Schema {

    private final Schema schema;
    private final ThreadLocal<ValidatorHandler> handlers;

    ThreadValidators(Schema schema) {
        this.schema = schema;
        this.handlers = ThreadLocal.withInitial(schema::newValidatorHandler);
    }

    @Override
    public Validator newValidator() {
        return schema.newValidator();
    }

    @Override
    public ValidatorHandler newValidatorHandler() {
        return handlers.get();
    }
}
