package archfixtures.inportoutport.application.needs.port.out;

/** A record an out-port passes. */
public record NeedRow(String text) {
}
