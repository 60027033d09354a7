package se.coompanion.sesi.adapters.cli.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * A fictional sampling frame for the demo: 1,200 associations across the 15 municipalities of Mellersta
 * Norrland, drawn with a fixed seed so that every run gives the same frame. Names and organisationsnummer are
 * invented (valid check digits; any likeness to a registered association is a coincidence); postal codes and
 * localities are real codes of each municipality (the reference data, CC0). A few rows are outside the survey
 * population on purpose: aktiebolag, ideella föreningar without business activity, associations of neighbouring
 * counties.
 */
final class DemoAssociations {

    /** The frame's header (Swedish names of cli.md). */
    static final List<String> HEADER = List.of("organisationsnummer", "namn", "juridisk_form", "naringsverksamhet",
            "co_adress", "utdelningsadress", "postnummer", "postort", "kommunkod");

    /** The municipalities and how many associations each has (roughly by population, rural ones a little more). */
    private static final Map<String, Integer> MUNICIPALITIES = new LinkedHashMap<>();

    static {
        MUNICIPALITIES.put("2281", 250); // Sundsvall
        MUNICIPALITIES.put("2380", 175); // Östersund
        MUNICIPALITIES.put("2284", 150); // Örnsköldsvik
        MUNICIPALITIES.put("2280", 75); // Härnösand
        MUNICIPALITIES.put("2283", 70); // Sollefteå
        MUNICIPALITIES.put("2282", 65); // Kramfors
        MUNICIPALITIES.put("2262", 55); // Timrå
        MUNICIPALITIES.put("2309", 60); // Krokom
        MUNICIPALITIES.put("2321", 60); // Åre
        MUNICIPALITIES.put("2313", 55); // Strömsund
        MUNICIPALITIES.put("2361", 55); // Härjedalen
        MUNICIPALITIES.put("2260", 40); // Ånge
        MUNICIPALITIES.put("2326", 35); // Berg
        MUNICIPALITIES.put("2305", 30); // Bräcke
        MUNICIPALITIES.put("2303", 25); // Ragunda
    }

    /** Municipalities of neighbouring counties: Hudiksvall (21), Nordmaling and Umeå (24). */
    private static final List<String> OUTSIDE = List.of("2184", "2401", "2480");

    private static final List<String> ECONOMIC = List.of("Bygdeservice ekonomisk förening", "Fiberförening ek. för.",
            "Lanthandel ekonomisk förening", "Arbetskooperativ ek. för.", "Vindkraftsförening ek. för.",
            "Föräldrakooperativ ek. för.", "Vårdkooperativ ekonomisk förening", "Bredband ekonomisk förening",
            "Turism och Upplevelser ek. för.", "Byahandel ekonomisk förening", "Omsorgskooperativ ek. för.",
            "Energiförening ek. för.");
    private static final List<String> NON_PROFIT = List.of("Hembygdsförening", "Idrottsförening", "Byaförening",
            "Kulturförening", "Bygdegårdsförening", "Folkets Hus-förening", "Skidklubb", "Fiskevårdsförening",
            "Föreningen Arbetsträning", "Second hand-förening", "Ridklubb", "Samhällsförening",
            "Föreningen Gemenskap och Arbete", "Bygdeutvecklingsförening");
    private static final List<String> COMPANIES = List.of("Bygg och Service AB", "Bygdeservice AB", "Handel AB");
    private static final List<String> STREETS = List.of("Storgatan", "Byvägen", "Skolvägen", "Kyrkvägen",
            "Industrivägen", "Järnvägsgatan", "Strandvägen", "Bygatan", "Sjövägen", "Åkervägen", "Prästgårdsvägen",
            "Backvägen");
    private static final List<String> CARE_OF = List.of("Anna Berg", "Erik Sjölund", "Maria Nordin", "Lars Åström",
            "Karin Holm", "Per Öberg", "Sara Lindqvist", "Johan Wikström");

    private record Place(String postalCode, String locality) {
    }

    private DemoAssociations() {
    }

    /** The rows of the frame, in the header's order. */
    static List<List<String>> generate(long seed) {
        Random random = new Random(seed);
        Map<String, List<Place>> places = places();
        Set<String> names = new HashSet<>();
        List<List<String>> rows = new ArrayList<>();
        int[] serial = {0};
        for (Map.Entry<String, Integer> municipality : MUNICIPALITIES.entrySet()) {
            for (int i = 0; i < municipality.getValue(); i++) {
                boolean outside = random.nextDouble() < 0.02;
                String code = outside ? OUTSIDE.get(random.nextInt(OUTSIDE.size())) : municipality.getKey();
                rows.add(row(random, code, places.get(code), names, ++serial[0]));
            }
        }
        return rows;
    }

    private static List<String> row(Random random, String municipality, List<Place> places, Set<String> names,
            int serial) {
        Place place = places.get(random.nextInt(places.size()));
        double kind = random.nextDouble();
        String prefix;
        String legalForm;
        String activity;
        List<String> words;
        if (kind < 0.02) {
            prefix = "5594";
            legalForm = random.nextBoolean() ? "49" : "Aktiebolag";
            activity = "ja";
            words = COMPANIES;
        } else if (kind < 0.56) {
            prefix = "7696";
            legalForm = random.nextBoolean() ? "51" : "Ekonomisk förening";
            activity = random.nextDouble() < 0.6 ? "" : "ja";
            words = ECONOMIC;
        } else {
            prefix = "8024";
            legalForm = random.nextBoolean() ? "61" : "Ideell förening";
            double known = random.nextDouble();
            activity = known < 0.62 ? "ja" : known < 0.84 ? "" : "nej";
            words = NON_PROFIT;
        }
        String name = name(random, place.locality(), words, names);
        String nine = prefix + String.format("%05d", serial);
        String orgNumber = new OrganisationNumber(nine + OrganisationNumber.checkDigit(nine)).formatted();
        String careOf = random.nextDouble() < 0.1 ? "c/o " + CARE_OF.get(random.nextInt(CARE_OF.size())) : "";
        String street = random.nextDouble() < 0.15 ? "Box " + (1 + random.nextInt(300))
                : STREETS.get(random.nextInt(STREETS.size())) + " " + (1 + random.nextInt(60));
        String postalCode = place.postalCode().substring(0, 3) + " " + place.postalCode().substring(3);
        return List.of(orgNumber, name, legalForm, activity, careOf, street, postalCode, place.locality(),
                municipality);
    }

    /** "{Locality} {kind}", made unique with a district word when the name is taken. */
    private static String name(Random random, String locality, List<String> words, Set<String> taken) {
        String place = locality;
        for (int attempt = 0; attempt < 50; attempt++) {
            String word = words.get(random.nextInt(words.size()));
            String name = attempt < 10 ? place + " " + word
                    : place + List.of("-Norra", "-Södra", "-Östra", "-Västra").get(random.nextInt(4)) + " " + word;
            if (taken.add(name)) {
                return name;
            }
        }
        String name = place + " " + words.get(0) + " " + (taken.size() + 1);
        taken.add(name);
        return name;
    }

    /** The postal codes of each municipality (the demo resource, from the reference data). */
    private static Map<String, List<Place>> places() {
        Map<String, List<Place>> places = new LinkedHashMap<>();
        try (InputStream in = DemoAssociations.class.getResourceAsStream("postal-codes.csv")) {
            if (in == null) {
                throw new IllegalStateException("postal-codes.csv missing from the demo resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("postal_code") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                places.computeIfAbsent(fields[2], k -> new ArrayList<>()).add(new Place(fields[0], fields[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return places;
    }
}
