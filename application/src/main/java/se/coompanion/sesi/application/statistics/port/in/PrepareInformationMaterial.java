package se.coompanion.sesi.application.statistics.port.in;

import se.coompanion.sesi.domain.statistics.InformationMaterial;

/**
 * The content of the information material on women's entrepreneurship, from the figures of Sweden and of the
 * pre-study's region, dated today. A {@code NotFoundException} when there is no pre-study, or no figure for Sweden
 * or the region.
 */
public interface PrepareInformationMaterial {

    InformationMaterial prepare();
}
