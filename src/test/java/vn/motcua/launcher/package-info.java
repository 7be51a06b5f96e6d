/** Tests of the embedded database launcher and of run.sh, the README's run command. */
package vn.motcua.launcher;
