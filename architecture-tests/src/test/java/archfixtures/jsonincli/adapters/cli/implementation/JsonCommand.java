package archfixtures.jsonincli.adapters.cli.implementation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Violation: a command writes JSON itself instead of writing the documents adapter's export. */
public final class JsonCommand {
    public String json(Object draft) throws JsonProcessingException {
        return new ObjectMapper().writeValueAsString(draft);
    }
}
