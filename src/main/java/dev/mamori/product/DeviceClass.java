package dev.mamori.product;

/** The classification of a medical device in Japan (クラス分類). */
public enum DeviceClass {

	I, II, III, IV

}
