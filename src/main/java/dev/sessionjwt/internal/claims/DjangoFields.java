package dev.sessionjwt.internal.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads django-session-jwt's {@code FIELDS} setting into short-to-long claim names, with its rules: an entry is
 * {@code attribute} (short and long name are the attribute), {@code (attribute,)}, {@code (attribute, short)}
 * (long name = short name) or {@code (attribute, short, long)}. The text can be pasted from {@code settings.py}.
 *
 * <pre>
 * Map&lt;String, String&gt; names = DjangoFields.parse("('id', ('username', 'un'), ('email', 'e', 'email'))");
 * // {id=id, un=un, e=email}
 * </pre>
 */
public final class DjangoFields {

    private static final Pattern ENTRY = Pattern.compile("\\(([^()]*)\\)|(['\"])([^'\"]*)\\2");
    private static final Pattern STRING = Pattern.compile("(['\"])([^'\"]*)\\1");

    private DjangoFields() {
    }

    /**
     * @param pythonLiteral the {@code FIELDS} value as written in Python: a list or tuple of strings and tuples
     * @return short name to long name, in order
     * @throws IllegalArgumentException for an entry with more than three names, or a repeated short or long name
     */
    public static Map<String, String> parse(String pythonLiteral) {
        String body = pythonLiteral.strip();
        if (body.length() >= 2 && (body.charAt(0) == '[' || body.charAt(0) == '(')) {
            body = body.substring(1, body.length() - 1);
        }
        List<List<String>> entries = new ArrayList<>();
        Matcher entry = ENTRY.matcher(body);
        while (entry.find()) {
            List<String> names = new ArrayList<>();
            if (entry.group(1) != null) {
                Matcher string = STRING.matcher(entry.group(1));
                while (string.find()) {
                    names.add(string.group(2));
                }
            } else {
                names.add(entry.group(3));
            }
            entries.add(names);
        }
        return of(entries);
    }

    /**
     * @param entries each entry as one, two or three names: attribute, short, long
     * @return short name to long name, in order
     * @throws IllegalArgumentException for an empty entry or one of more than three names, or a repeated short or
     *                                  long name
     */
    public static Map<String, String> of(List<List<String>> entries) {
        Map<String, String> names = new LinkedHashMap<>();
        for (List<String> entry : entries) {
            if (entry.isEmpty() || entry.size() > 3) {
                throw new IllegalArgumentException("a FIELDS entry has 1 to 3 names, not " + entry);
            }
            String shortName = entry.size() == 1 ? entry.get(0) : entry.get(1);
            String longName = entry.size() == 3 ? entry.get(2) : shortName;
            if (names.containsKey(shortName) || names.containsValue(longName)) {
                throw new IllegalArgumentException("FIELDS names a short or long name twice: " + entry);
            }
            names.put(shortName, longName);
        }
        return names;
    }
}
