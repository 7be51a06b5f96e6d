/** Text in Vietnamese: folding diacritics so that searches match with or without them. */
package vn.motcua.shared.text;
