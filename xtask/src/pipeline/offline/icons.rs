//! The app icons (`icon-192.png`, `icon-512.png`) the manifest names: the favicon's design
//! (assets/favicon.svg) drawn as PNG pixels, since xtask has no SVG or font renderer.

use crate::pipeline::dist::Dist;
use crate::util;

/// The icon's blue (assets/favicon.svg).
const ICON_BLUE: [u8; 3] = [0x1d, 0x4e, 0xd8];

pub const SIZES: [u32; 2] = [192, 512];

pub fn name(size: u32) -> String {
    format!("icon-{size}.png")
}

pub fn write(dist: &Dist) -> Result<(), String> {
    for size in SIZES {
        util::write(&dist.dir, &name(size), icon_png(size)?)?;
    }
    Ok(())
}

/// Whether a point of the 64-unit design (assets/favicon.svg's viewBox) is inside "R1": the
/// favicon's bold sans letters drawn as rectangles, discs and thick strokes, since xtask has no
/// font renderer.
fn in_letters(x: f64, y: f64) -> bool {
    // Distance from (x, y) to the segment (ax, ay)–(bx, by).
    fn to_segment(x: f64, y: f64, (ax, ay): (f64, f64), (bx, by): (f64, f64)) -> f64 {
        let (dx, dy) = (bx - ax, by - ay);
        let t = (((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
        ((x - ax - t * dx).powi(2) + (y - ay - t * dy).powi(2)).sqrt()
    }
    let within =
        |x0: f64, x1: f64, y0: f64, y1: f64| (x0..=x1).contains(&x) && (y0..=y1).contains(&y);
    let disc = |cx: f64, cy: f64, r: f64| (x - cx).powi(2) + (y - cy).powi(2) <= r * r;
    let (top, base) = (22.0, 42.0);
    // R: stem, bowl (a D shape with a hole) and leg.
    let stem = within(16.0, 21.0, top, base);
    let bowl_outer = within(16.0, 26.5, top, 35.5) || (x >= 26.5 && disc(26.5, 28.75, 6.75));
    let bowl_hole = within(21.0, 26.5, 26.75, 30.75) || (x >= 26.5 && disc(26.5, 28.75, 2.0));
    let leg = y <= base && to_segment(x, y, (24.5, 34.0), (31.0, base)) <= 2.7;
    // 1: stem and flag.
    let one = within(41.5, 46.5, top, base)
        || (y >= top && to_segment(x, y, (42.5, 23.5), (36.5, 27.5)) <= 2.2);
    stem || (bowl_outer && !bowl_hole) || leg || one
}

fn in_rounded_square(x: f64, y: f64) -> bool {
    let (radius, half) = (12.0, 32.0);
    let dx = ((x - half).abs() - (half - radius)).max(0.0);
    let dy = ((y - half).abs() - (half - radius)).max(0.0);
    (0.0..=64.0).contains(&x) && (0.0..=64.0).contains(&y) && dx * dx + dy * dy <= radius * radius
}

/// The favicon's design as an RGBA PNG of `size`×`size`, anti-aliased by 4×4 supersampling.
pub fn icon_png(size: u32) -> Result<Vec<u8>, String> {
    const GRID: u32 = 4;
    let scale = 64.0 / f64::from(size);
    let mut pixels = Vec::with_capacity((size * size * 4) as usize);
    for py in 0..size {
        for px in 0..size {
            let (mut square, mut letters) = (0u32, 0u32);
            for sy in 0..GRID {
                for sx in 0..GRID {
                    let x = (f64::from(px) + (f64::from(sx) + 0.5) / f64::from(GRID)) * scale;
                    let y = (f64::from(py) + (f64::from(sy) + 0.5) / f64::from(GRID)) * scale;
                    if in_rounded_square(x, y) {
                        square += 1;
                        letters += u32::from(in_letters(x, y));
                    }
                }
            }
            if square == 0 {
                pixels.extend_from_slice(&[0, 0, 0, 0]);
                continue;
            }
            let blue = square - letters;
            for channel in ICON_BLUE {
                pixels.push(
                    ((u32::from(channel) * blue + 255 * letters + square / 2) / square) as u8,
                );
            }
            pixels.push(((255 * square + GRID * GRID / 2) / (GRID * GRID)) as u8);
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, size, size);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|error| error.to_string())?;
    writer
        .write_image_data(&pixels)
        .map_err(|error| error.to_string())?;
    writer.finish().map_err(|error| error.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icons_are_pngs_of_the_right_size_with_transparent_corners_and_white_letters() {
        let png = icon_png(192).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut pixels).unwrap();
        assert_eq!((info.width, info.height), (192, 192));
        let at = |x: usize, y: usize| &pixels[(y * 192 + x) * 4..(y * 192 + x) * 4 + 4];
        assert_eq!(at(0, 0)[3], 0, "the corner is outside the rounded square");
        assert_eq!(at(96, 10), [0x1d, 0x4e, 0xd8, 255], "blue square");
        assert_eq!(at(55, 96), [255, 255, 255, 255], "the R's stem");
    }
}
