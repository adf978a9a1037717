package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.model.Tool;
import org.itagen.thai.ThaiDigits;

import java.util.Locale;
import java.util.regex.Pattern;

/** Question codes: i1, e4, o12 (any case, Thai digits allowed). */
final class Items {
    private static final Pattern CODE = Pattern.compile("[ieo][0-9]{1,3}");

    private Items() {
    }

    static boolean looksLikeItem(String raw) {
        return CODE.matcher(normalize(raw)).matches();
    }

    static String normalize(String raw) {
        return ThaiDigits.toArabic(raw).strip().replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The normalised code, checked against the tool it is listed under. */
    static String parse(String raw, Tool tool, String where) {
        String code = normalize(raw);
        if (!CODE.matcher(code).matches()) {
            throw ItagenException.input(where, Msg.of("error.ITEM_NOT_CODE", Texts.echo(raw)));
        }
        char prefix = code.charAt(0);
        Tool own = prefix == 'i' ? Tool.IIT : prefix == 'e' ? Tool.EIT : Tool.OIT;
        if (tool != null && own != tool) {
            throw ItagenException.input(where, Msg.of("error.ITEM_WRONG_TOOL", code, own, tool));
        }
        return code;
    }

    static Tool toolOf(String code) {
        char prefix = code.charAt(0);
        return prefix == 'i' ? Tool.IIT : prefix == 'e' ? Tool.EIT : Tool.OIT;
    }
}
