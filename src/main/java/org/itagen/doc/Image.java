package org.itagen.doc;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image such as the agency's logo.
 *
 * @param data    PNG or JPEG bytes
 * @param widthCm width on the page; height follows the aspect ratio
 * @param align   position on the line
 * @param altText description for accessibility
 */
public record Image(byte[] data, double widthCm, Align align, String altText) implements Block {
    public Image {
        Objects.requireNonNull(data, "data");
        data = data.clone();
        Objects.requireNonNull(align, "align");
        altText = altText == null ? "" : altText;
    }

    /** The same picture at another position. */
    public Image withAlign(Align a) {
        return new Image(data, widthCm, a, altText);
    }

    /** The same picture at another width. */
    public Image withWidth(double cm) {
        return new Image(data, cm, align, altText);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && Arrays.equals(data, i.data) && widthCm == i.widthCm
                && align == i.align && altText.equals(i.altText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(data), widthCm, align, altText);
    }

    @Override
    public String toString() {
        return "Image[" + data.length + " bytes, " + widthCm + " cm, " + align + "]";
    }
}
